"""Rule-based candidate finder: one left-to-right pass over each sentence's tokens.

At each token the scanner tries, in order: a photo credit ("Ảnh: Thống Nhất/
TTXVN"), a title phrase and the name it introduces ("Tổng Bí thư Ban Chấp hành
Trung ương Đảng Cộng sản Việt Nam Tô Lâm"), an honorific and its name, a known
name (shared lexicon), an organisation head with its name ("Bộ Ngoại giao"),
a place head ("tỉnh Quảng Ninh"), a named event or document ("Đại hội XIV"), a
Vietnamese personal name (family name + capitalised syllables), and finally
capitalised runs whose context says what they are.  Organisations and places
nested in a longer name are reported too.  Titles in apposition after a name
("Lê Minh Hưng, Ủy viên Bộ Chính trị, Trưởng Ban Tổ chức Trung ương") are
attached to that person.  Every step is a dict lookup or a short bounded scan,
so the pass is linear in the number of tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field

from vnewsgraph.model import Document
from vnewsgraph.nlp import ner_grammar as g
from vnewsgraph.nlp.ner_gazetteer import (
    ACTOR,
    COUNTRY,
    HON,
    LOC_HEAD,
    MISC_HEAD,
    ORDER,
    ORG,
    ORG_HEAD,
    PLACE,
    TITLE,
    TYPE_OF,
    Entry,
    Gazetteer,
)

_ENT = frozenset({COUNTRY, PLACE, ORG, ACTOR})
_LOCS = frozenset({COUNTRY, PLACE})
_ORGS = frozenset({ORG})
_COUNTRIES = frozenset({COUNTRY})
_ACTORS = frozenset({ACTOR})
_ORG_START = frozenset({ORG, ORG_HEAD})
_TITLES = frozenset({TITLE})
_HONS = frozenset({HON})
_LOCHEAD = frozenset({LOC_HEAD})
_MISCHEAD = frozenset({MISC_HEAD})
_CONNECT = frozenset({"và", "-", "–", "&"})
_DASHES = frozenset({"/", "–", "-", "—"})
_APPOS_DASH = frozenset({"-", "–", "—"})
_OPENERS = frozenset({"(", "\"", "“", "‘", "'", "[", "-", "–", "—", "•", "*", ":"})
_VN_MARKS = re.compile(r"[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]",
                       re.IGNORECASE)
_VN_SYLLABLE = re.compile(
    r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?"
    r"(oai|oay|uay|uya|uyu|uôi|ươi|ươu|iêu|yêu|oa|oe|oo|uâ|uê|uy|ua|uô|ươ|ưa|ưu|iê|yê|ia|iu|ai|ao|au|ay|âu|ây|eo|êu"
    r"|oi|ôi|ơi|ui|ưi|[aăâeêioôơuưy])"
    r"(ch|ng|nh|[cmnpt])?$")
_TONE_STRIP = str.maketrans(
    "àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ",
    "aaaaaăăăăăâââââeeeeeêêêêêiiiiioooooôôôôôơơơơơuuuuuưưưưưyyyyy")


def looks_vietnamese(word: str) -> bool:
    """Whether ``word`` is spelled like a Vietnamese syllable ("Lâm", "Hun"; not "Kimtha")."""
    w = word.lower()
    if _VN_MARKS.search(w):
        return True
    return bool(_VN_SYLLABLE.match(w.translate(_TONE_STRIP)))


@dataclass(slots=True)
class Cand:
    """A typed span before merging."""

    start: int
    end: int
    type: str
    name: str  # the bare name (no title, honorific or place head)
    canonical: str | None = None  # the lexicon's canonical name, when known
    country: str | None = None
    titles: list[tuple[str, int, int]] = field(default_factory=list)  # (title text, start, end)
    honorific: str | None = None
    rule: str = ""
    score: float = 1.0
    org_kind: str | None = None
    forms: list[str] = field(default_factory=list)  # other forms of the name (short forms)


@dataclass(slots=True)
class BareTitle:
    """A title with no name after it ("Tổng Bí thư nhấn mạnh"): a possible short form."""

    start: int
    end: int
    title: str


class Scanner:
    """Finds candidates in one document; create one per document."""

    def __init__(self, doc: Document, gz: Gazetteer) -> None:
        self.doc = doc
        self.gz = gz
        toks = doc.tokens
        self.starts = [t.start for t in toks]
        self.ends = [t.end for t in toks]
        self.texts = [t.text for t in toks]
        self.folded = [t.casefold() for t in self.texts]
        self.cap = [t.kind in ("word", "abbrev") and t.text[:1].isupper() for t in toks]
        self.word = [t.kind in ("word", "abbrev") for t in toks]
        self.cands: list[Cand] = []
        self.bare_titles: list[BareTitle] = []
        self.end = 0
        self.sent_start = 0
        self.memo: dict[int, tuple[dict[str, Entry], dict[str, Entry]]] = {}
        self.memo_k: dict[tuple[int, frozenset[str], bool], Entry | None] = {}

    # ------------------------------------------------------------------ helpers
    def m(self, i: int, kinds: frozenset[str], fold: bool = True) -> Entry | None:
        """Longest lexicon/grammar phrase of ``kinds`` at token ``i`` (memoised per sentence)."""
        got = self.memo.get(i)
        if got is None:
            got = self.memo[i] = self.gz.match_all(self.texts, self.folded, i, self.end)
        table = got[1] if fold else got[0]
        if not table:
            return None
        mk = (i, kinds, fold)
        if mk in self.memo_k:
            return self.memo_k[mk]
        best: Entry | None = None
        if table:
            for kind in ORDER:
                if kind in kinds:
                    e = table.get(kind)
                    if e is not None and (best is None or len(e.tokens) > len(best.tokens)):
                        best = e
        self.memo_k[mk] = best
        return best

    def span_text(self, i: int, j: int) -> str:
        return self.doc.text[self.starts[i]:self.ends[j - 1]]

    def add(self, i: int, j: int, type_: str, name: str | None = None, **kw: object) -> Cand:
        c = Cand(self.starts[i], self.ends[j - 1], type_, name or self.span_text(i, j), **kw)  # type: ignore[arg-type]
        self.cands.append(c)
        return c

    def caps_run(self, i: int, limit: int = 6) -> int:
        """End of the run of capitalised words starting at ``i`` (hyphenated parts kept)."""
        j = i
        end = self.end
        while j < end and j - i < limit:
            if self.cap[j]:
                j += 1
            elif self.texts[j] == "-" and j + 1 < end and self.word[j + 1] and j > i \
                    and self.starts[j] == self.ends[j - 1]:
                j += 2  # "Jong-un", "Al-Sisi"
            else:
                break
        return j

    def at_sentence_start(self, i: int) -> bool:
        return i == self.sent_start or (i > self.sent_start and self.texts[i - 1] in _OPENERS)

    def is_person_start(self, k: int) -> bool:
        """A Vietnamese personal name (family name + 1–3 capitalised syllables) or known actor."""
        texts = self.texts
        if texts[k] in self.gz.family_names:
            j = self.caps_run(k, 5)
            if 2 <= j - k <= 4:
                return True
        e = self.m(k, frozenset({ACTOR}), fold=False)
        return e is not None

    def entity_at(self, k: int) -> Entry | None:
        e = self.m(k, _ENT)
        if e is not None and self.at_sentence_start(k) and (
                len(e.tokens) == 1 and e.tokens[0] in self.gz.ambiguous
                or len(e.tokens) <= 2 and all(w.islower() for w in e.tokens[1:])):
            return None  # "Đầu tư của doanh nghiệp…" opens a sentence, it is no newspaper
        if e is not None and (e.canonical in g.ABSTRACT_BODIES or e.kind == ORG and "thứ" in e.tokens):
            return None  # "Hội nghị Cấp cao ASEAN lần thứ 47" is a meeting (MISC), not a body
        return e

    # ------------------------------------------------------------------ organisations
    def parse_org(self, i: int, depth: int = 0) -> int:
        """Parse an organisation name at ``i``; record it (and what it nests); return its end or ``i``."""
        if not self.cap[i] or depth > 3:
            return i
        lex = self.m(i, _ORGS)
        if lex is not None and ("thứ" in lex.tokens or lex.canonical in g.ABSTRACT_BODIES or self.at_sentence_start(i) and len(
                lex.tokens) <= 2 and all(w.islower() for w in lex.tokens[1:])):
            lex = None
        head = self.m(i, frozenset({ORG_HEAD}), fold=False)
        if lex is not None and len(lex.tokens) >= 2 and i + len(lex.tokens) < self.end \
                and self.cap[i + len(lex.tokens)]:
            # a known body whose last word opens a longer name: "Ban Thường vụ Trung ương" + "Đảng Nhân dân
            # Campuchia" is not "Trung ương Đảng" + "Nhân dân Campuchia"
            last = i + len(lex.tokens) - 1
            if self.m(last, _ORG_START, False) is not None:
                n_before = len(self.cands)
                sub = self.parse_org(last, depth + 1)
                if sub > last + 1 and len(self.cands) > n_before:
                    if depth == 0:
                        self.add(i, sub, "ORGANIZATION", country=self.cands[n_before].country, rule="org-chain")
                    return sub
                del self.cands[n_before:]
        if lex is not None and (head is None or len(lex.tokens) >= len(head.tokens)):
            j = i + len(lex.tokens)
            canonical: str | None = lex.canonical
            country = lex.country
            has_country = country is not None or any(
                w in ("Việt", "Nam") for w in lex.tokens)
            k, qual_country, n_nested = self.org_qualifiers(j, has_country, depth, country, len(lex.tokens))
            if k > j and not (qual_country is not None and qual_country == country
                              and self.cands[-1].type == "LOCATION"):
                canonical = None
                country = qual_country or country
            self.add(i, k, "ORGANIZATION", canonical=canonical, country=country,
                     rule="org-lexicon", org_kind=lex.extra)
            if j - i >= 3:
                self.nested_in_lexicon_org(i + 1, j, depth)
            return k
        if head is None:
            return i
        mh = self.m(i, _MISCHEAD)
        if mh is not None and len(mh.tokens) > len(head.tokens):
            return i  # "Bộ Quy tắc ứng xử" is a document, not a ministry
        h = head.canonical
        j = i + len(head.tokens)
        n_before = len(self.cands)
        k, country = self.org_content(j, h, depth)
        if k == j:
            return i
        same: Cand | None = None
        if h in g.GENERIC_HEADS:
            # "Trường Đại học Quốc gia Hà Nội" is "Đại học Quốc gia Hà Nội"; "Tập đoàn Vingroup" is "Vingroup"
            inner = [c for c in self.cands[n_before:] if c.type == "ORGANIZATION"
                     and c.start == self.starts[j] and c.end == self.ends[k - 1]]
            same = inner[0] if inner else None
        if same is not None:
            self.add(i, k, "ORGANIZATION", canonical=same.canonical or same.name, country=country,
                     rule="org-head")
        else:
            self.add(i, k, "ORGANIZATION", country=country, rule="org-head")
        return k

    def nested_in_lexicon_org(self, p: int, j: int, depth: int) -> None:
        """Countries named inside a known organisation's name, and the body it ends with
        ("Đảng Nhân dân Cách mạng Lào" in "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào")."""
        while p < j:
            if not self.cap[p]:
                p += 1
                continue
            e = self.m(p, _ENT, False)
            n = len(e.tokens) if e is not None else 0
            if e is not None and e.kind == COUNTRY and p + n <= j:
                self.add(p, p + n, "LOCATION", canonical=e.canonical, country=e.country, rule="loc-in-org")
                p += n
                continue
            if e is not None and e.kind == ORG and p + n == j and n >= 2 and depth < 3:
                self.add(p, j, "ORGANIZATION", canonical=e.canonical, country=e.country,
                         rule="org-in-org", org_kind=e.extra)
                self.nested_in_lexicon_org(p + 1, j, depth + 1)
                return
            p += 1

    def org_qualifiers(self, j: int, has_country: bool, depth: int, own_country: str | None = None,
                       body_len: int = 0) -> tuple[int, str | None, int]:
        """Country or chained body after a known organisation ("Quốc hội Lào",
        "Bộ Chính trị Ban Chấp hành Trung ương Đảng …", "Quốc hội nước Cộng hòa …")."""
        texts, end = self.texts, self.end
        if j >= end:
            return j, None, 0
        if texts[j] in g.ADMIN_HEADS and j + 1 < end and self.cap[j + 1]:  # "UBND tỉnh Tây Ninh"
            lh = self.m(j, _LOCHEAD, False)
            if lh is not None:
                k = self.parse_loc_head(j, lh)
                if k > j:
                    return k, self.cands[-1].country, 1
        if self.cap[j]:
            e = self.entity_at(j)
            if e is not None and e.kind == PLACE and e.extra in (None, "province", "city", "capital", "district"):
                self.add(j, j + len(e.tokens), "LOCATION", canonical=e.canonical, country=e.country,
                         rule="place-in-org")
                return j + len(e.tokens), e.country, 1
        # "Bộ Khoa học và Công nghệ thông tin Hàn Quốc": a foreign namesake of a known body
        m = j
        while m < end and m - j < 2 and self.word[m] and not self.cap[m] and texts[m] not in g.PREP_STOP:
            m += 1
        if m > j and m < end and self.cap[m] and body_len >= 3:
            e = self.m(m, _COUNTRIES, False)
            if e is not None and e.country != own_country:
                self.add(m, m + len(e.tokens), "LOCATION", canonical=e.canonical, country=e.country,
                         rule="country-in-org")
                return m + len(e.tokens), e.country, 1
        if not has_country or self.cap[j] and (e0 := self.m(j, _COUNTRIES, False)) is not None \
                and e0.country == own_country:
            k = j + 1 if texts[j] == "nước" and j + 1 < end else j
            e = self.m(k, frozenset({COUNTRY}), fold=True) \
                if self.cap[k] else None
            if e is not None:
                self.add(k, k + len(e.tokens), "LOCATION", canonical=e.canonical, country=e.country,
                         rule="country-in-org")
                return k + len(e.tokens), e.country, 1
        if self.cap[j] and not self.is_person_start(j):
            sub = self.parse_org(j, depth + 1)
            if sub > j:
                c = self.cands[-1] if self.cands[-1].start == self.starts[j] else None
                return sub, c.country if c else None, 1
        return j, None, 0

    def org_content(self, k: int, head: str, depth: int) -> tuple[int, str | None]:
        """The name after an organisation head; returns (end, country)."""
        texts, cap, end = self.texts, self.cap, self.end
        company = head in g.COMPANY_HEADS
        content = 0
        country: str | None = None
        last_cap_new = False
        start = k
        while k < end:
            t = texts[k]
            if cap[k]:
                e = self.entity_at(k)
                if e is not None and e.kind in _LOCS:
                    n = len(e.tokens)
                    if content == 0 and head in g.NOT_COUNTRY_ONLY and e.kind == COUNTRY:
                        break  # "ba Đảng Việt Nam - Campuchia - Lào"
                    self.add(k, k + n, "LOCATION", canonical=e.canonical, country=e.country,
                             rule="loc-in-org")
                    country = country or e.country
                    k += n
                    content += 1
                    while content > 1 and k + 1 < end and texts[k] in _APPOS_DASH and cap[k + 1]:
                        e2 = self.m(k + 1, _COUNTRIES, False)  # "Diễn đàn Doanh nghiệp Việt Nam - Hàn Quốc"
                        if e2 is None:
                            break
                        self.add(k + 1, k + 1 + len(e2.tokens), "LOCATION", canonical=e2.canonical,
                                 country=e2.country, rule="loc-in-org")
                        k += 1 + len(e2.tokens)
                    if head in g.AT_PLACE_HEADS and k + 1 < end and texts[k] == "tại":
                        e2 = self.entity_at(k + 1) if cap[k + 1] else None
                        if e2 is not None and e2.kind in _LOCS:
                            self.add(k + 1, k + 1 + len(e2.tokens), "LOCATION", canonical=e2.canonical,
                                     country=e2.country, rule="loc-in-org")
                            k += 1 + len(e2.tokens)
                    break
                if e is not None and e.kind == ACTOR and content and not company:
                    break
                if content and not company and self.is_person_start(k):
                    break
                sub_org = self.m(k, _ORG_START)
                if sub_org is not None and (content or sub_org.kind == ORG):
                    sub = self.parse_org(k, depth + 1)
                    if sub > k:
                        c = self.cands[-1]
                        country = country or c.country
                        k = sub
                        content += 1
                        if company and k < end and cap[k]:  # "Samsung Electronics Việt Nam"
                            e = self.entity_at(k)
                            if e is not None and e.kind in _LOCS:
                                self.add(k, k + len(e.tokens), "LOCATION", canonical=e.canonical,
                                         country=e.country, rule="loc-in-org")
                                k += len(e.tokens)
                        break
                if content == 0:
                    te = self.m(k, _TITLES)
                    if te is not None:  # "Văn phòng Tổng Bí thư"
                        k += len(te.tokens)
                        content += 1
                        continue
                elif self.m(k, _TITLES, False) is not None:
                    break
                new_run = k == start or not cap[k - 1]
                k += 1
                content += 1
                last_cap_new = new_run
                if last_cap_new and k < end and self.word[k] and not cap[k] and texts[k] not in g.STOP_LOWER \
                        and self.m(k, _LOCHEAD, False) is None:
                    k += 1
                continue
            if t in _CONNECT and content and k + 1 < end and cap[k + 1]:
                k += 1
                continue
            if t in g.REGION_WORDS and content and k + 1 < end and cap[k + 1]:  # "Điện lực miền Bắc"
                k += 2
                continue
            if t == "nước" and k + 1 < end and cap[k + 1]:
                e = self.m(k + 1, frozenset({COUNTRY}))
                if e is not None:
                    n = len(e.tokens)
                    self.add(k + 1, k + 1 + n, "LOCATION", canonical=e.canonical, country=e.country,
                             rule="loc-in-org")
                    country = country or e.country
                    k += 1 + n
                    content += 1
                    break
            lh = self.m(k, _LOCHEAD, False) if not cap[k] else None
            if lh is not None:
                k2 = self.parse_loc_head(k, lh)
                if k2 > k:
                    country = country or self.cands[-1].country
                    k = k2
                    content += 1
                    break
            if not cap[k] and self.word[k]:
                cont = self.lower_cont(k)
                if cont > k:
                    if texts[k] == "nhân" and content == 0:
                        content += 1  # "Viện kiểm sát nhân dân tối cao", "Tòa án nhân dân"
                    k = cont
                    continue
                if content:
                    # "Cơ quan Cảnh sát điều tra Bộ Công an": lower-case words before the body it belongs to
                    m = k
                    while m < end and m - k < 3 and self.word[m] and not cap[m] and texts[m] not in g.STOP_LOWER:
                        m += 1
                    if m > k and m < end and cap[m] and self.m(m, _ORG_START) is not None:
                        k = m
                        continue
            if t == "," and content and k + 2 < end and cap[k + 1]:
                # "Bộ Văn hóa, Thể thao và Du lịch": an enumeration closed by "và"
                m = k + 1
                while m < end and m - k < 5 and (cap[m] or self.word[m] and texts[m] not in g.STOP_LOWER):
                    m += 1
                if m + 1 < end and texts[m] == "và" and cap[m + 1]:
                    k += 1
                    continue
            break
        while k > start and texts[k - 1] in _CONNECT:
            k -= 1
        return (k, country) if content else (start, None)

    def lower_cont(self, k: int) -> int:
        texts, end = self.texts, self.end
        for phrase in g.ORG_LOWER_CONT:
            n = len(phrase)
            if k + n <= end and all(texts[k + m] == phrase[m] for m in range(n)):
                return k + n
        return k

    # ------------------------------------------------------------------ places
    def parse_loc_head(self, i: int, head: Entry) -> int:
        """'tỉnh Quảng Ninh', 'Thủ đô Vientiane', 'sông Mekong': record a LOCATION, return its end."""
        texts, end = self.texts, self.end
        # a full lexicon form first ("thành phố Hồ Chí Minh", "Tiểu vùng Mekong")
        e = self.m(i, _LOCS)
        if e is None and texts[i][:1].islower():
            e2 = self._folded_place(i)
            e = e2
        if e is not None and len(e.tokens) > len(head.tokens):
            n = len(e.tokens)
            self.add(i, i + n, "LOCATION", canonical=e.canonical, country=e.country, rule="loc-lexicon")
            return i + n
        j = i + len(head.tokens)
        if j >= end or not self.cap[j]:
            return i
        if self.m(j, _TITLES, False) is not None or (
                head.canonical not in g.LOC_HEADS_KEPT and self.m(j, _ORG_START, False) is not None):
            return i
        e = self.entity_at(j)
        if e is not None and e.kind in _LOCS:
            k = j + len(e.tokens)
            canonical: str | None = e.canonical
            country = e.country
        elif e is not None:
            return i
        else:
            k = self.caps_run(j, 4)
            if texts[j] in g.NOT_ACRONYMS or (k < end and texts[k] in ("-", "–") and False):
                return i
            canonical, country = None, None
        kept = head.canonical in g.LOC_HEADS_KEPT
        bare = self.span_text(j, k)
        full = self.span_text(i, k)
        if kept:
            c = self.add(i, k, "LOCATION", name=full, canonical=None, country=country, rule="loc-head")
        else:
            c = self.add(i, k, "LOCATION", name=bare, canonical=canonical, country=country, rule="loc-head")
        if not kept or k - j > 1 or not looks_vietnamese(texts[j]):
            c.forms.append(bare)  # "Mekong" for "sông Mekong", but no lone "Hồng" for "sông Hồng"
        return k

    def _folded_place(self, i: int) -> Entry | None:
        """Lexicon place written with a lower-case head ("thành phố Hồ Chí Minh")."""
        if i + 1 >= self.end:
            return None
        node = self.gz.ftrie.get(self.folded[i])
        j = i + 1
        best: Entry | None = None
        while node is not None and j < self.end:
            node = node.get(self.folded[j])
            j += 1
            term = node.get("\x00") if node is not None else None
            if term:
                for kind in (COUNTRY, PLACE):
                    for e in term.get(kind, ()):
                        if all(self.texts[i + m] == e.tokens[m] for m in range(1, j - i)):
                            best = e
                            break
        return best

    # ------------------------------------------------------------------ titles and names
    def parse_title(self, i: int) -> tuple[int, str | None] | None:
        """A title phrase at ``i``: (end, country of the office) or None."""
        texts, end = self.texts, self.end
        te = self.m(i, _TITLES)
        if te is None:
            return None
        k = i + len(te.tokens)
        country: str | None = None
        # organisations and places inside the title ("Chủ tịch Quốc hội", "Thủ tướng Lào",
        # "Chánh Văn phòng Trung ương Đảng" where the body runs past the title)
        p = i + 1
        while p < k:
            if not self.cap[p]:
                p += 1
                continue
            e = self.entity_at(p)
            if e is not None and e.kind in _LOCS:
                self.add(p, p + len(e.tokens), "LOCATION", canonical=e.canonical, country=e.country,
                         rule="loc-in-title")
                country = country or e.country
                p += len(e.tokens)
                continue
            if self.m(p, _ORG_START) is not None:
                n_before = len(self.cands)
                sub = self.parse_org(p)
                if sub > p:
                    country = country or self.cands[n_before].country
                    k = max(k, sub)
                    p = sub
                    continue
            p += 1
        while k < end:
            t = texts[k]
            if t == "nước" and k + 1 < end and self.cap[k + 1]:
                e = self.m(k + 1, frozenset({COUNTRY}))
                if e is not None:
                    self.add(k + 1, k + 1 + len(e.tokens), "LOCATION", canonical=e.canonical,
                             country=e.country, rule="loc-in-title")
                    country = country or e.country
                    k += 1 + len(e.tokens)
                    continue
                break
            if t == "tại" and k + 1 < end and self.cap[k + 1]:
                e = self.entity_at(k + 1)
                if e is not None and e.kind in _LOCS and te.extra in (None, "diplomatic") \
                        and self.after_name_follows(k + 1 + len(e.tokens)):
                    self.add(k + 1, k + 1 + len(e.tokens), "LOCATION", canonical=e.canonical,
                             country=e.country, rule="loc-in-title")
                    k += 1 + len(e.tokens)
                    continue
                break
            if not self.cap[k]:
                break
            e = self.entity_at(k)
            if e is not None and e.kind in _LOCS:
                self.add(k, k + len(e.tokens), "LOCATION", canonical=e.canonical, country=e.country,
                         rule="loc-in-title")
                country = country or e.country
                k += len(e.tokens)
                continue
            if e is not None and e.kind == ACTOR:
                break
            if self.m(k, _ORG_START) is not None:
                n_before = len(self.cands)
                sub = self.parse_org(k)
                if sub > k:
                    country = country or self.cands[n_before].country
                    k = self.after_entity(sub)  # "Chủ tịch Đảng Nhân dân Campuchia (CPP) Hun Sen"
                    continue
            # a field word of the office ("Bộ trưởng Quốc phòng", "Ngoại trưởng") before a name
            if k + 2 < end and not self.is_person_start(k) and self.word[k + 1] and not self.cap[k + 1] \
                    and texts[k + 1] not in g.STOP_LOWER and self.cap[k + 2]:
                k += 2
                continue
            break
        return k, country

    def after_name_follows(self, k: int) -> bool:
        return k < self.end and self.cap[k]

    def title_chain(self, i: int) -> tuple[int, list[tuple[int, int, str | None]]]:
        """Titles joined by ',' or 'kiêm' before one name: (end, [(start, end, country)])."""
        parts: list[tuple[int, int, str | None]] = []
        k = i
        while True:
            r = self.parse_title(k)
            if r is None:
                break
            parts.append((k, r[0], r[1]))
            k = r[0]
            if k + 1 < self.end and self.texts[k] in (",", "kiêm") and self.cap[k + 1] \
                    and self.m(k + 1, _TITLES) is not None:
                save = len(self.cands)
                r2 = self.parse_title(k + 1)
                del self.cands[save:]
                if r2 is not None:
                    k += 1
                    continue
            break
        return k, parts

    def parse_name(self, k: int, after_title: bool) -> tuple[int, int, int, str | None] | None:
        """A personal name at ``k`` (after an optional honorific): (span start, name start, end, honorific)."""
        texts, end = self.texts, self.end
        if k >= end:
            return None
        hon: str | None = None
        j = k
        h = self.m(k, _HONS, False)
        if h is not None:
            hon = h.canonical
            j = k + len(h.tokens)
        if j >= end or not self.cap[j]:
            return None
        e = self.entity_at(j)
        if e is not None and e.kind != ACTOR:
            return None
        if self.m(j, _ORG_START | _TITLES, False) is not None \
                and (e is None or e.kind != ACTOR):
            return None
        r = self.caps_run(j, 6)
        if e is not None and e.kind == ACTOR:
            r = max(r, j + len(e.tokens)) if r - j <= len(e.tokens) + 1 else j + len(e.tokens)
        n = r - j
        if n > 4:
            for p in range(j + 1, r - 1):
                if texts[p] in self.gz.family_names and 2 <= r - p <= 4:
                    j = p
                    break
            else:
                return None
        if r - j == 1:
            w = texts[j]
            if len(w) == 1 or r < end and self.starts[r] == self.ends[r - 1] and texts[r][:1].isdigit():
                return None  # "C03", "A.", a code rather than a name
            nxt = texts[r] if r < end else "."
            if not after_title and hon is None:
                return None
            if hon is not None:
                return k, j, r, hon  # "ông Út", "ông Hunmanet"
            if w.isupper() and len(w) > 1 or w in g.ROMAN:
                return None
            if self.word[r] if r < end else False:
                if not self.cap[r] and nxt not in g.STOP_LOWER:
                    return None
        return k, j, r, hon

    def record_person(self, span_start: int, name_start: int, end: int, hon: str | None,
                      titles: list[tuple[int, int, str | None]], rule: str) -> Cand:
        country = None
        for _, _, code in titles:
            if code:
                country = code
                break
        e = self.m(name_start, _ACTORS)
        canonical = None
        if e is not None and len(e.tokens) == end - name_start:
            canonical = e.canonical
            country = country or e.country
        strong_hon = hon is not None and hon not in g.WEAK_HONORIFICS and hon.casefold() != "đồng chí"
        s = span_start if strong_hon else name_start
        if country is not None and not (len(country) == 2 and country.isupper()):
            country = None  # an international body's pseudo-code says nothing of the person
        c = self.add(s, end, "PERSON", name=self.span_text(name_start, end), canonical=canonical,
                     country=country, honorific=hon if strong_hon else None, rule=rule)
        c.titles = [self.title_text(a, b) for a, b, _ in titles]
        return c

    def title_text(self, a: int, b: int) -> tuple[str, int, int]:
        """A title's text and span, without a trailing parenthesis ("Chủ tịch CPP (Campuchia)")."""
        if b - a > 2 and self.texts[b - 1] == ")":
            p = b - 2
            while p > a and self.texts[p] != "(":
                p -= 1
            if p > a:
                b = p
        return self.span_text(a, b), self.starts[a], self.ends[b - 1]

    def appositions(self, k: int, person: Cand) -> int:
        """Titles after ', ' that describe ``person`` (stops before a title that opens another name)."""
        texts, end = self.texts, self.end
        dash = False
        while k + 1 < end and (texts[k] == "," or texts[k] in _APPOS_DASH and (dash or k == person_end(self, person))) \
                and self.cap[k + 1]:
            dash = dash or texts[k] in _APPOS_DASH
            save = len(self.cands)
            r = self.parse_title(k + 1)
            if r is None:
                del self.cands[save:]
                break
            nm = self.parse_name(r[0], after_title=True)
            if nm is not None:  # the title belongs to the next name
                del self.cands[save:]
                break
            person.titles.append(self.title_text(k + 1, r[0]))
            if person.country is None and r[1]:
                person.country = r[1]
            k = r[0]
        if dash and k < end and texts[k] in _APPOS_DASH:
            k += 1  # the closing dash of "Bà X - Giám đốc Sở Y - cho biết"
        return k

    # ------------------------------------------------------------------ named events / documents
    def parse_misc(self, i: int, head: Entry) -> None:
        texts, end, cap = self.texts, self.end, self.cap
        j = i + len(head.tokens)
        k = j
        ordinal: str | None = None
        if head.canonical == "Đại hội":
            if k < end and texts[k] in ("Đảng", "Đại", "đại"):
                if texts[k] == "Đảng":
                    k += 1
                elif k + 1 < end and self.folded[k + 1] == "biểu":
                    k += 2
                    if k + 1 < end and texts[k] == "toàn" and texts[k + 1] == "quốc":
                        k += 2
            if k + 1 < end and texts[k] == "lần" and texts[k + 1] == "thứ":
                k += 2
            if k < end and (texts[k] in g.ROMAN or texts[k].isdigit()):
                ordinal = texts[k] if texts[k] in g.ROMAN else _roman(int(texts[k]))
                k += 1
                if k + 1 < end and texts[k] == "của" and texts[k + 1] == "Đảng":
                    k += 2
                    e = self.m(k - 1, _ORGS)
                    if e is not None and len(e.tokens) > 1:
                        k = k - 1 + len(e.tokens)
            else:
                return
            name = f"Đại hội {ordinal}" if ordinal else None
            self.add(i, k, "MISC", name=name, canonical=name, rule="misc-congress")
            return
        if k < end and not cap[k] and head.canonical in g.DOC_HEADS_LOWER_OK:
            # "Bộ Quy tắc ứng xử ở Biển Đông", "Hiệp định thương mại tự do"
            m = k
            while m < end and m - k < 4 and self.word[m] and not cap[m] and texts[m] not in g.STOP_LOWER:
                m += 1
            if m > k and m + 1 < end and texts[m] in ("ở", "về", "trên", "giữa") and cap[m + 1]:
                e = self.entity_at(m + 1)
                if e is not None and e.kind in _LOCS | _ORGS:
                    self.add(i, m + 1 + len(e.tokens), "MISC", rule="misc-head")
            return
        if k < end and cap[k]:
            sub = self.m(k, _MISCHEAD, False)
            if sub is not None and sub.canonical == "Đại hội":
                n_before = len(self.cands)
                self.parse_misc(k, sub)
                if len(self.cands) > n_before:
                    c = self.cands[-1]
                    self.add(i, i + len(head.tokens), "MISC", rule="misc-head")
                    self.cands[-1].end = c.end
                    self.cands[-1].name = self.doc.text[self.cands[-1].start:c.end]
                return
            e = self.entity_at(k)
            if e is None or e.kind not in _LOCS | _ORGS:
                k = self.caps_run(k, 4)
                if k < end and self.word[k] and not cap[k] and texts[k] not in g.STOP_LOWER and k - j == 1:
                    k += 1
                e = self.entity_at(k) if k < end and cap[k] else None
            if e is not None and e.kind in _LOCS | _ORGS:
                k += len(e.tokens)  # "Hội nghị Cấp cao ASEAN", "Công ước Liên Hợp Quốc"
            if k + 1 < end and texts[k] == "về" and cap[k + 1]:  # "Công ước … về Luật Biển"
                sub = self.m(k + 1, _MISCHEAD, False)
                m = self.caps_run(k + 1 + (len(sub.tokens) if sub else 0), 4)
                if m > k + 1:
                    k = m
            if k + 2 < end and texts[k] == "lần" and texts[k + 1] == "thứ" and (
                    texts[k + 2].isdigit() or texts[k + 2] in g.ROMAN):
                k += 3
            self.add(i, k, "MISC", rule="misc-head")

    # ------------------------------------------------------------------ main loop
    def run(self) -> None:
        doc = self.doc
        for s in doc.sentences:
            a = bisect_left(self.starts, s.start)
            b = bisect_left(self.starts, s.end)
            self.sentence(a, b)

    def sentence(self, a: int, b: int) -> None:
        texts, cap, gz = self.texts, self.cap, self.gz
        self.end = b
        self.sent_start = a
        self.memo = {}
        self.memo_k = {}
        i = a
        lower_triggers = _lower_triggers()
        while i < b:
            t = texts[i]
            if not cap[i]:
                if t in lower_triggers:
                    i = self.lower_trigger(i)
                else:
                    i += 1
                continue
            # photo credits: "Ảnh: Thống Nhất/TTXVN"
            if t in g.CREDIT_WORDS and i + 2 < b and texts[i + 1] == ":":
                i = self.credit(i + 2)
                continue
            # title + name
            if t in gz.trie or self.folded[i] in gz.ftrie:
                te = self.m(i, _TITLES)
                oh = self.m(i, _ORG_START) if te is not None else None
                if te is not None and (oh is None or len(oh.tokens) <= len(te.tokens)):
                    nxt = self.try_title(i)
                    if nxt > i:
                        i = nxt
                        continue
                nxt = self.try_honorific(i)
                if nxt > i:
                    i = nxt
                    continue
                mh = self.m(i, _MISCHEAD, False)
                if mh is not None:
                    lo = self.m(i, _ORGS)
                    if lo is None or len(lo.tokens) <= len(mh.tokens):
                        self.parse_misc(i, mh)
                org_end = self.parse_org(i)
                if org_end > i:
                    i = self.after_entity(org_end)
                    continue
                e = self.entity_at(i)
                if e is not None:
                    n = len(e.tokens)
                    if e.kind == ACTOR:
                        c = self.record_person(i, i, i + n, None, [], "actor")
                        i = self.appositions(i + n, c)
                        continue
                    r = self.caps_run(i + n, 3)
                    if e.kind == COUNTRY and r > i + n and all(
                            not looks_vietnamese(w) for w in texts[i:r]) and self.entity_at(i + n) is None:
                        # "Vietnam Airlines", "Thai Airways": an English country name opening a company name
                        self.add(i, r, "ORGANIZATION", country=e.country, rule="country-brand", score=0.6)
                        i = self.after_entity(r)
                        continue
                    self.add(i, i + n, TYPE_OF[e.kind], canonical=e.canonical, country=e.country,
                             rule="lexicon")
                    i = self.after_entity(i + n)
                    continue
                lh = self.m(i, _LOCHEAD, False)
                if lh is not None:
                    nxt = self.parse_loc_head(i, lh)
                    if nxt > i:
                        i = nxt
                        continue
                if mh is not None:
                    i += len(mh.tokens)
                    continue
            i = self.capitalised(i)

    def after_entity(self, k: int) -> int:
        """After an entity, a parenthesised acronym ("Đảng Nhân dân Campuchia (CPP)") is its alias."""
        texts = self.texts
        if k + 2 < self.end and texts[k] == "(" and texts[k + 2] == ")" and texts[k + 1].isupper() \
                and len(texts[k + 1]) >= 2:
            e_end = self.ends[k - 1]
            ending = [c for c in self.cands[-6:] if c.end == e_end]
            prev = min(ending, key=lambda c: c.start) if ending else None
            if prev is not None:
                c = self.add(k + 1, k + 2, prev.type, canonical=prev.canonical or prev.name,
                             country=prev.country, rule="acronym-def")
                c.name = texts[k + 1]
                return k + 3
        return k

    def try_title(self, i: int) -> int:
        save = len(self.cands)
        k, parts = self.title_chain(i)
        if not parts:
            del self.cands[save:]
            return i
        nm = self.parse_name(k, after_title=True)
        if nm is not None:
            c = self.record_person(nm[0], nm[1], nm[2], nm[3], parts, "title")
            return self.appositions(nm[2], c)
        # no name: keep the nested organisations and places, remember a bare title
        if len(parts) == 1 and parts[0][1] - parts[0][0] <= 3 and \
                (i == self.sent_start or self.texts[i - 1] not in g.TITLE_DETERMINERS):
            self.bare_titles.append(BareTitle(self.starts[i], self.ends[parts[0][1] - 1],
                                              self.span_text(i, parts[0][1])))
        return k

    def try_honorific(self, i: int) -> int:
        h = self.m(i, _HONS, False)
        if h is None or h.canonical in g.WEAK_HONORIFICS and False:
            return i
        nm = self.parse_name(i, after_title=h.canonical not in g.WEAK_HONORIFICS)
        if nm is None:
            return i
        c = self.record_person(nm[0], nm[1], nm[2], nm[3], [], "honorific")
        return self.appositions(nm[2], c)

    def lower_trigger(self, i: int) -> int:
        texts, b = self.texts, self.end
        lh = self.m(i, _LOCHEAD, False)
        if lh is not None:
            nxt = self.parse_loc_head(i, lh)
            if nxt > i:
                return nxt
        nxt = self.try_honorific(i)
        if nxt > i:
            return nxt
        if texts[i] in g.PLACE_PREPS and i + 1 < b and self.cap[i + 1]:
            j = i + 1
            e = self.entity_at(j)
            if e is None and self.m(j, _ORG_START | _TITLES | _HONS | _LOCHEAD | _MISCHEAD, False) is None and not self.is_person_start(j):
                k = self.caps_run(j, 4)
                compound = k < b and self.word[k] and not self.cap[k] and texts[k] not in g.PREP_STOP
                if not compound and all(not texts[m].isupper() for m in range(j, k)):
                    self.add(j, k, "LOCATION", rule="after-prep", score=0.6)
                    return self.after_entity(self.place_list(k))
            elif e is not None and e.kind in _LOCS:
                n = len(e.tokens)
                self.add(j, j + n, "LOCATION", canonical=e.canonical, country=e.country, rule="lexicon")
                return self.after_entity(self.place_list(j + n))
        return i + 1

    def place_list(self, k: int) -> int:
        """More places in an enumeration after a place preposition: "ở Seoul, Gyeonggi và Busan"."""
        texts, b = self.texts, self.end
        while k + 1 < b and texts[k] in (",", "và") and self.cap[k + 1]:
            j = k + 1
            e = self.entity_at(j)
            if e is not None:
                if e.kind not in _LOCS:
                    break
                self.add(j, j + len(e.tokens), "LOCATION", canonical=e.canonical, country=e.country,
                         rule="lexicon")
                k = j + len(e.tokens)
                continue
            if self.m(j, _ORG_START | _TITLES | _HONS | _LOCHEAD | _MISCHEAD, False) is not None \
                    or self.is_person_start(j):
                break
            r = self.caps_run(j, 3)
            if r < b and self.word[r] and not self.cap[r] and texts[r] not in g.PREP_STOP \
                    or any(texts[m].isupper() for m in range(j, r)):
                break
            self.add(j, r, "LOCATION", rule="after-prep", score=0.6)
            k = r
        return k

    def credit(self, k: int) -> int:
        texts, b = self.texts, self.end
        if k >= b or not self.cap[k]:
            return k
        e = self.m(k, _ORGS)
        if e is not None:
            self.add(k, k + len(e.tokens), "ORGANIZATION", canonical=e.canonical, country=e.country,
                     rule="credit-org")
            return k + len(e.tokens)
        r = self.caps_run(k, 4)
        if r - k >= 1 and (r >= b or texts[r] in _DASHES or texts[r] in (")", ".", ",")):
            self.add(k, r, "PERSON", rule="credit", score=0.5)
            if r + 1 < b and texts[r] in _DASHES and self.cap[r + 1]:
                e = self.m(r + 1, _ORGS)
                if e is not None:
                    self.add(r + 1, r + 1 + len(e.tokens), "ORGANIZATION", canonical=e.canonical,
                             country=e.country, rule="credit-org")
                    return r + 1 + len(e.tokens)
                if texts[r + 1].isupper():
                    self.add(r + 1, r + 2, "ORGANIZATION", rule="credit-org", score=0.5)
                    return r + 2
        return max(r, k + 1)

    def capitalised(self, i: int) -> int:
        """A capitalised word no rule claimed: a personal name, an acronym, a foreign name, or nothing."""
        texts = self.texts
        t = texts[i]
        r = self.caps_run(i, 6)
        sent_initial = self.at_sentence_start(i)
        if t in self.gz.family_names and 2 <= r - i <= 4:
            c = self.record_person(i, i, r, None, [], "family-name")
            return self.appositions(r, c)
        if r - i == 1:
            if t.isupper() and len(t) >= 2 and t not in g.NOT_ACRONYMS and t.isalpha() and len(t) <= 8:
                acr = self.gz.org_acronyms.get(t)
                self.add(i, i + 1, "ORGANIZATION", canonical=acr, rule="acronym", score=0.6)
                return self.after_entity(i + 1)
            if not sent_initial and len(t) >= 3 and not t.isupper() and not looks_vietnamese(t) and t.isalpha() \
                    and texts[i - 1] not in _DASHES:
                # a lone foreign word in running text: a brand or company ("Samsung, LG và Hyundai")
                self.add(i, i + 1, "ORGANIZATION", rule="foreign-word", score=0.4)
                return self.after_entity(i + 1)
            return i + 1
        if sent_initial:
            if looks_vietnamese(t):
                return i + 1
        words = texts[i:r]
        if any(w.isupper() and len(w) > 1 for w in words):
            return i + 1
        if not any(not looks_vietnamese(w) for w in words if w != "-"):
            return i + 1
        # an unknown run of foreign-looking capitalised words: a name
        c = self.record_person(i, i, r, None, [], "foreign-run")
        c.score = 0.6
        return self.appositions(r, c)


def person_end(sc: Scanner, person: Cand) -> int:
    """Token index just after ``person``'s span."""
    return bisect_left(sc.starts, person.end)


def _roman(n: int) -> str:
    vals = ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = []
    for v, s in vals:
        while n >= v:
            out.append(s)
            n -= v
    return "".join(out) if n == 0 else str(n)


_LOWER_TRIGGERS: frozenset[str] | None = None


def _lower_triggers() -> frozenset[str]:
    global _LOWER_TRIGGERS
    if _LOWER_TRIGGERS is None:
        words = {h.split()[0] for h in g.LOC_HEADS if h[:1].islower()}
        words |= {h.split()[0] for h in g.HONORIFICS if h[:1].islower()}
        words |= g.PLACE_PREPS
        _LOWER_TRIGGERS = frozenset(words)
    return _LOWER_TRIGGERS


def find_candidates(doc: Document, gz: Gazetteer) -> tuple[list[Cand], list[BareTitle]]:
    sc = Scanner(doc, gz)
    sc.run()
    return sc.cands, sc.bare_titles
