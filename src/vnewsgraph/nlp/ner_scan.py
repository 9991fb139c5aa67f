"""Shared state and helpers of the rule-based entity scanner.

``ScannerBase`` holds one document's token arrays and the candidates found so
far; the rule mixins (``ner_orgs``, ``ner_titles``) and the main loop
(``ner_candidates``) build on it.
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
    Entry,
    Gazetteer,
)

_RANK = {kind: n for n, kind in enumerate(ORDER)}
_ENT = frozenset({COUNTRY, PLACE, ORG, ACTOR})
_LOCS = frozenset({COUNTRY, PLACE})
_ORGS = frozenset({ORG})
_COUNTRIES = frozenset({COUNTRY})
_ACTORS = frozenset({ACTOR})
_ORG_START = frozenset({ORG, ORG_HEAD})
_ORG_HEADS = frozenset({ORG_HEAD})
_TITLES = frozenset({TITLE})
_HONS = frozenset({HON})
_LOCHEAD = frozenset({LOC_HEAD})
_MISCHEAD = frozenset({MISC_HEAD})
_CONNECT = frozenset({"và", "-", "–", "&"})
_DASHES = frozenset({"/", "–", "-", "—"})
_APPOS_DASH = frozenset({"-", "–", "—"})
_OPENERS = frozenset({"(", "\"", "“", "‘", "'", "[", "-", "–", "—", "•", "*", ":"})
_LETTER_DIGIT = re.compile(r"\d(?:(?<=[^\W\d_]\d)|(?=[^\W\d_]))")  # where the tokenizer splits a written word
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


class ScannerBase:
    """State and shared helpers of the scanner (see ner_candidates.Scanner)."""

    def __init__(self, doc: Document, gz: Gazetteer) -> None:
        self.doc = doc
        self.gz = gz
        toks = doc.tokens
        self.starts = [t.start for t in toks]
        self.ends = [t.end for t in toks]
        self.texts = [t.text for t in toks]
        self.folded = [t.casefold() for t in self.texts]
        self.word = [t.kind == "word" or t.kind == "abbrev" for t in toks]
        self.cap = [w and t[0].isupper() for w, t in zip(self.word, self.texts, strict=True)]
        self.has_event_tail = any(t in g.EVENT_TAILS for t in self.texts)
        triggers = gz.lower_triggers
        # the only tokens a rule can start at: capitalised words and lower-case trigger words
        self.hot = [n for n, (c, t) in enumerate(zip(self.cap, self.texts, strict=True)) if c or t in triggers]
        self.cands: list[Cand] = []
        self.surnames: set[str] = set()  # last words of the foreign persons' names found so far ("Blinken")
        # whether any two tokens are parts of one written word ("VOV" + "5"): only then can a match be glued
        # offsets where a letter meets a digit inside one written word ("VOV|5"): a match may not end or
        # start there
        text = doc.text
        self.glue: set[int] = set()
        for mt in _LETTER_DIGIT.finditer(text):
            d = mt.start()
            if d and text[d - 1].isalpha():
                self.glue.add(d)
            if d + 1 < len(text) and text[d + 1].isalpha():
                self.glue.add(d + 1)
        self.any_glue = bool(self.glue)
        self.bare_titles: list[BareTitle] = []
        self.end = 0
        self.sent_start = 0
        self.memo: dict[int, tuple[dict[str, Entry], dict[str, Entry]]] = {}
        self.misc_until = 0

    # ------------------------------------------------------------------ helpers
    def m(self, i: int, kinds: frozenset[str], fold: bool = True) -> Entry | None:
        """Longest lexicon/grammar phrase of ``kinds`` at token ``i`` (lookups memoised per sentence)."""
        got = self.memo.get(i)
        if got is None:
            got = self.memo[i] = self.matches(i)
        best: Entry | None = None
        for kind, e in (got[1] if fold else got[0]).items():
            if kind in kinds and (best is None or len(e.tokens) > len(best.tokens) or len(
                    e.tokens) == len(best.tokens) and _RANK[kind] < _RANK[best.kind]):
                best = e
        return best

    def glued(self, a: int, b: int) -> bool:
        """Whether tokens ``a``..``b`` are only part of a written word: a letter meets a digit at either
        edge ("VOV" in "VOV5", "TV" in "5TV"), so no lexicon form may match there."""
        return self.ends[b - 1] in self.glue or self.starts[a] in self.glue

    def matches(self, i: int) -> tuple[dict[str, Entry], dict[str, Entry]]:
        """Lexicon/grammar phrases at token ``i`` (exact, case-folded) that end and start on word boundaries."""
        exact, folded = self.gz.match_all(self.texts, self.folded, i, self.end)
        if not self.any_glue:
            return exact, folded
        if exact and any(self.glued(i, i + len(e.tokens)) for e in exact.values()):
            exact = {k: e for k, e in exact.items() if not self.glued(i, i + len(e.tokens))}
        if folded and any(self.glued(i, i + len(e.tokens)) for e in folded.values()):
            folded = {k: e for k, e in folded.items() if not self.glued(i, i + len(e.tokens))}
        return exact, folded

    def get(self, i: int, kind: str, fold: bool = True) -> Entry | None:
        """Longest phrase of one ``kind`` at token ``i`` (the common case of :meth:`m`)."""
        got = self.memo.get(i)
        if got is None:
            got = self.memo[i] = self.matches(i)
        return (got[1] if fold else got[0]).get(kind)

    def span_text(self, i: int, j: int) -> str:
        return self.doc.text[self.starts[i]:self.ends[j - 1]]

    def add(self, i: int, j: int, type_: str, name: str | None = None, **kw: object) -> Cand:
        c = Cand(self.starts[i], self.ends[j - 1], type_, name or self.span_text(i, j), **kw)  # type: ignore[arg-type]
        self.cands.append(c)
        if type_ == "MISC" and j > self.misc_until:
            self.misc_until = j  # inside a named document or event, guesses about unknown words are off
        return c

    def caps_run(self, i: int, limit: int = 6) -> int:
        """End of the run of up to ``limit`` capitalised words starting at ``i`` (hyphenated parts of a
        word kept: "Jong-un", "Thong-lun Xi-su-lít")."""
        j = i
        end = self.end
        words = 0
        while j < end and words < limit:
            if self.cap[j]:
                if len(self.texts[j]) == 1 and self.initial_before_name(j):
                    j += 1  # an initial: "Antony J. Blinken", "John F. Kennedy", "J. D. Vance"
                j += 1
                words += 1
            elif self.texts[j] == "-" and j + 1 < end and self.word[j + 1] and j > i \
                    and self.starts[j] == self.ends[j - 1] and self.starts[j + 1] == self.ends[j]:
                j += 2  # "Jong-un", "Al-Sisi"
            elif self.texts[j] in g.NAME_PARTICLES and j > i and j + 1 < end and (
                    self.cap[j + 1] or self.texts[j + 1] in g.NAME_PARTICLES and j + 2 < end and self.cap[j + 2]):
                j += 1  # "Ursula von der Leyen", "Ngozi Okonjo-Iweala", "Mohamed bin Salman"
            else:
                break
        return j

    def initial_before_name(self, j: int) -> bool:
        """Whether the one letter at ``j`` is an initial ("J." in "J. D. Vance"): a dot right after it, then
        more initials and a capitalised word of two letters or more not spelled like Vietnamese."""
        texts, end = self.texts, self.end
        n = j
        while n + 2 < end and len(texts[n]) == 1 and texts[n + 1] == "." and self.starts[n + 1] == self.ends[n] \
                and self.cap[n + 2]:
            n += 2
            if len(texts[n]) > 1:
                return not looks_vietnamese(texts[n])
        return False

    def at_sentence_start(self, i: int) -> bool:
        return i == self.sent_start or (i > self.sent_start and self.texts[i - 1] in _OPENERS)

    def is_person_start(self, k: int) -> bool:
        """A Vietnamese personal name (family name + 1–3 capitalised syllables) or known actor."""
        texts = self.texts
        if texts[k] in self.gz.family_names:
            j = self.caps_run(k, 5)
            if 2 <= j - k <= 4:
                return True
        e = self.get(k, ACTOR, False)
        return e is not None

    def common_shaped(self, k: int, n: int) -> bool:
        """A two-word known name written like a common word ("Đầu tư") where any word is capitalised:
        at the start of a sentence or inside a document's name ("Luật Đầu tư")."""
        return n == 2 and self.texts[k + 1].islower() and (self.at_sentence_start(k) or k < self.misc_until)

    def entity_at(self, k: int) -> Entry | None:
        e = self.m(k, _ENT)
        if e is not None and (
                self.at_sentence_start(k) and len(e.tokens) == 1 and e.tokens[0] in self.gz.ambiguous
                and self.texts[k] in g.COMMON_WORD_NAMES or self.common_shaped(k, len(e.tokens))):
            return None  # "Đầu tư của doanh nghiệp…" opens a sentence, it is no newspaper
        if e is not None and e.kind == COUNTRY and k > 0 and self.texts[k - 1] in g.LANGUAGE_WORDS:
            return None  # "tiếng Anh" is the language
        if e is not None and len(e.tokens) == 1 and k + 1 < self.end \
                and (self.texts[k], self.folded[k + 1]) in g.NAME_LIKE_COMPOUNDS:
            return None  # "ban hành Pháp lệnh", "Anh hùng Lao động"
        if e is not None and (e.canonical in g.ABSTRACT_BODIES or e.kind == ORG and "thứ" in e.tokens):
            return None  # "Hội nghị Cấp cao ASEAN lần thứ 47" is a meeting (MISC), not a body
        if e is not None and self.hyphen_glued(k + len(e.tokens)):
            return None  # "VN-Index": part of a hyphenated compound
        if e is not None and e.kind == COUNTRY and len(e.tokens) == 1 and self.country_opens_place(k + 1):
            return None  # "Mỹ Đình", "Nga Sơn", "Pháp Vân": a Vietnamese place that begins like a country
        return e

    def country_opens_place(self, n: int) -> bool:
        """Whether a one-word country name before token ``n`` is the first syllable of a Vietnamese place
        name: a capitalised Vietnamese syllable that starts nothing else follows."""
        if n >= self.end or not self.cap[n] or not looks_vietnamese(self.texts[n]) or self.texts[n].isupper():
            return False
        if self.texts[n] in self.gz.family_names or (n + 1 < self.end and self.cap[n + 1]):
            return False
        return self.m(n, _ENT | _ORG_START | _TITLES | _HONS | _LOCHEAD | _MISCHEAD, False) is None

    def hyphen_glued(self, n: int) -> bool:
        """Whether token ``n`` is a hyphen joining the token before it to the one after ("HNX-Index")."""
        return n + 1 < self.end and self.texts[n] == "-" and self.starts[n] == self.ends[n - 1] \
            and self.starts[n + 1] == self.ends[n]

    def after_entity(self, k: int) -> int:
        """After an entity, a parenthesised acronym ("Đảng Nhân dân Campuchia (CPP)") is its alias."""
        texts = self.texts
        if k + 2 < self.end and texts[k] == "(" and texts[k + 2] == ")" and self.cap[k + 1] \
                and len(texts[k + 1]) >= 2:
            if k + 2 < self.misc_until:
                return k + 3  # "Hội nghị Bộ trưởng Kinh tế ASEAN (AEM) lần thứ 57": the meeting's acronym
            w = texts[k + 1]
            e_end = self.ends[k - 1]
            ending = [c for c in self.cands[-6:] if c.end == e_end]
            prev = min(ending, key=lambda c: c.start) if ending else None
            acronym = sum(ch.isupper() for ch in w) >= 2 and w.isalnum()  # "CPP", "HoSE"
            own = [c for c in ending if c.canonical and c.canonical == self.gz.org_acronyms.get(w)]
            if own:
                prev = own[0]  # "Ban Đối ngoại Đảng Nhân dân Campuchia (CPP)": the acronym of the inner party
            short_name = prev is not None and prev.type == "ORGANIZATION" and not looks_vietnamese(w) \
                and self.m(k + 1, _LOCS) is None  # "Đại học New South Wales (Australia)" names a country
            known = self.gz.org_acronyms.get(w)
            if prev is not None and acronym and known and prev.type == "ORGANIZATION" and prev.canonical \
                    and known != prev.canonical:
                # "Hội đồng châu Âu (EU)": the acronym of another known body names that body
                self.add(k + 1, k + 2, "ORGANIZATION", canonical=known, rule="acronym")
                return k + 3
            if prev is not None and (acronym or short_name):  # "Ngân hàng … (Techcombank)"
                c = self.add(k + 1, k + 2, prev.type, canonical=prev.canonical or prev.name,
                             country=prev.country, rule="acronym-def")
                c.name = texts[k + 1]
                return k + 3
        if k + 3 < self.end and texts[k] == "(" and self.cands and self.cands[-1].type == "ORGANIZATION" \
                and self.cands[-1].end == self.ends[k - 1]:
            r = self.caps_run(k + 1, 5)
            if r < self.end and texts[r] == ")" and r - k >= 3 and all(
                    not looks_vietnamese(w) for w in texts[k + 1:r]):
                prev = self.cands[-1]  # "Hội đồng Anh (British Council)": the body's English name
                prev.forms.append(self.span_text(k + 1, r))
                return r + 1
        return k

    # implemented by the rule mixins (ner_orgs.OrgRules, ner_titles.TitleRules)
    def parse_org(self, i: int, depth: int = 0) -> int:
        raise NotImplementedError

    def parse_loc_head(self, i: int, head: Entry) -> int:
        raise NotImplementedError

    def org_content(self, k: int, head: str, depth: int) -> tuple[int, str | None]:
        raise NotImplementedError

    def parse_name(self, k: int, after_title: bool) -> tuple[int, int, int, str | None] | None:
        raise NotImplementedError


def person_end(sc: ScannerBase, person: Cand) -> int:
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
