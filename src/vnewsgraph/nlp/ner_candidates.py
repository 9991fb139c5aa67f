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
attached to that person.  Initials stay inside foreign names ("Antony J. Blinken",
"J.D. Vance"); a known meeting with its session ("Hội nghị Bộ trưởng Ngoại giao
ASEAN lần thứ 56") is MISC with the bodies inside it as entities of their own;
one-syllable country forms count only in dash pairs ("quan hệ Việt - Trung");
lexicon forms match only on word boundaries ("VOV" never inside "VOV5").  Every step is a dict lookup or a short bounded scan,
so the pass is linear in the number of tokens.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from vnewsgraph.model import Document
from vnewsgraph.nlp import ner_grammar as g
from vnewsgraph.nlp.ner_gazetteer import (
    ACTOR,
    COUNTRY,
    LOC_HEAD,
    MISC_HEAD,
    ORG,
    ORG_HEAD,
    PLACE,
    TITLE,
    TYPE_OF,
    Gazetteer,
)
from vnewsgraph.nlp.ner_orgs import OrgRules
from vnewsgraph.nlp.ner_places import PlaceRules
from vnewsgraph.nlp.ner_scan import (
    _APPOS_DASH,
    _DASHES,
    _HONS,
    _LOCHEAD,
    _LOCS,
    _MISCHEAD,
    _ORG_START,
    _TITLES,
    BareTitle,
    Cand,
    looks_vietnamese,
)
from vnewsgraph.nlp.ner_titles import TitleRules

_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}$")
_TEAM_AGE = re.compile(r"\d{2}$")
_HOUSE_NUMBER = re.compile(r"\d{1,4}[A-Za-z]?$")

__all__ = ["BareTitle", "Cand", "Scanner", "find_candidates", "looks_vietnamese"]


class Scanner(TitleRules, OrgRules, PlaceRules):
    """Finds candidates in one document; create one per document."""

    # ------------------------------------------------------------------ main loop
    def run(self) -> None:
        doc = self.doc
        bounds: list[list[int]] = []
        for s in doc.sentences:
            a = bisect_left(self.starts, s.start)
            b = bisect_left(self.starts, s.end)
            if bounds and a == bounds[-1][1] and a < len(self.texts) and self.cap[a] and b > a \
                    and _INITIALS.match(self.texts[a - 1]) and self.starts[a] == self.ends[a - 1] + 1:
                bounds[-1][1] = b  # "Mỹ J.D. | Vance thăm …": initials end no sentence
            else:
                bounds.append([a, b])
        for a, b in bounds:
            self.sentence(a, b)
        self.defined_names()

    def defined_names(self) -> None:
        """A name defined in parentheses ("Hiệp hội Chè Việt Nam (Vitas)") names that body wherever the text
        uses it again, whatever the rules made of it there ("Chủ tịch Vitas")."""
        defined = {c.name: c for c in self.cands if c.rule == "acronym-def" and c.type == "ORGANIZATION"}
        if not defined:
            return
        covered: set[int] = set()
        for c in self.cands:
            if c.type != "PERSON":
                covered.update(range(bisect_left(self.starts, c.start), bisect_left(self.starts, c.end)))
        for n, t in enumerate(self.texts):
            d = defined.get(t)
            if d is not None and n not in covered and self.starts[n] != d.start:
                self.end = len(self.texts)
                c = self.add(n, n + 1, "ORGANIZATION", canonical=d.canonical, country=d.country, rule="acronym-def")
                c.name = t

    def sentence(self, a: int, b: int) -> None:
        texts, cap, gz = self.texts, self.cap, self.gz
        self.end = b
        self.sent_start = a
        self.memo = {}
        i = a
        hot = self.hot
        p = bisect_left(hot, a)
        n_hot = len(hot)
        while True:
            while p < n_hot and hot[p] < i:
                p += 1
            if p >= n_hot or hot[p] >= b:
                break
            i = hot[p]
            t = texts[i]
            if not cap[i]:
                i = self.lower_trigger(i)
                continue
            # photo credits: "Ảnh: Thống Nhất/TTXVN"
            if t in g.CREDIT_WORDS and i + 2 < b and texts[i + 1] == ":":
                i = self.credit(i + 2)
                continue
            # "quan hệ Việt - Trung": a short country form in a dash pair
            if t in g.SHORT_COUNTRY_FORMS:
                nxt = self.short_country(i)
                if nxt > i:
                    i = nxt
                    continue
            # a named event ending in "Cup", "Games", "Open"…: "ASEAN Cup 2024", "SEA Games 33"
            r = self.caps_run(i, 5) if self.has_event_tail else i
            if r - i >= 2 and any(texts[m] in g.EVENT_TAILS for m in range(i + 1, r)):
                core = self.span_text(i, r)
                if r < b and texts[r][:1].isdigit() and len(texts[r]) <= 4:
                    r += 1
                self.add(i, r, "MISC", canonical=core, rule="misc-event")
                i = r
                continue
            # title + name
            if t in gz.trie or self.folded[i] in gz.ftrie:
                nxt = self.numbered_meeting(i)
                if nxt > i:
                    i = nxt
                    continue
                te = self.get(i, TITLE)
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
                mh = self.get(i, MISC_HEAD, False)
                if mh is not None:
                    lo = self.get(i, ORG)
                    if lo is None or len(lo.tokens) <= len(mh.tokens) or "thứ" in lo.tokens:
                        self.parse_misc(i, mh)
                        if mh.canonical in g.OPAQUE_MISC_HEADS and self.misc_until > i:
                            i = self.misc_until  # "Chỉ số Nikkei 225" names no newspaper
                            continue
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
                    if e.kind in _LOCS and i + n < b and texts[i + n] in g.TEAM_SUFFIXES:
                        self.add(i, i + n + 1, "ORGANIZATION", country=e.country, rule="team")  # "Hà Nội FC"
                        i = self.after_entity(i + n + 1)
                        continue
                    r = self.caps_run(i + n, 3)
                    if e.kind == COUNTRY and r > i + n and texts[i] != e.canonical and texts[i].isascii() and all(
                            not looks_vietnamese(w) for w in texts[i:r]) and self.entity_at(i + n) is None:
                        # "Vietnam Airlines", "Thai Airways": an English country name opening a company name
                        self.add(i, r, "ORGANIZATION", country=e.country, rule="country-brand", score=0.6)
                        i = self.after_entity(r)
                        continue
                    self.add(i, i + n, TYPE_OF[e.kind], canonical=e.canonical, country=e.country,
                             rule="lexicon")
                    i = self.after_entity(i + n)
                    if e.kind == PLACE and i < b and texts[i] in _APPOS_DASH:
                        i = self.place_list(i, dashes=True)  # "Bangkok - Nong Khai"
                    continue
                lh = self.get(i, LOC_HEAD, False)
                if lh is not None:
                    nxt = self.parse_loc_head(i, lh)
                    if nxt > i:
                        i = self.after_entity(nxt)
                        continue
                if mh is not None:
                    i += len(mh.tokens)
                    continue
            i = self.capitalised(i)

    def lower_trigger(self, i: int) -> int:
        texts, b = self.texts, self.end
        if not any(self.cap[i + 1:min(i + 5, b)]):
            return i + 1  # every lower-case rule needs a capitalised name within the next four words
        if texts[i] in g.LOWER_MISC_FIRST:
            for phrase in g.LOWER_MISC_HEADS:
                n = len(phrase)
                if i + n < b and tuple(texts[i:i + n]) == phrase and self.cap[i + n] \
                        and self.entity_at(i + n) is None:
                    r = self.caps_run(i + n, 4)
                    if r < b and texts[r][:1].isdigit() and len(texts[r]) <= 4:
                        r += 1
                    self.add(i + n, r, "MISC", rule="lower-misc-head")  # "chỉ số Dow Jones", "bão Yagi"
                    return r
        oh = self.get(i, ORG_HEAD, False)
        if oh is not None and oh.canonical in g.LOWER_ORG_HEADS and not (
                i > self.sent_start and (texts[i - 1], texts[i]) in g.HEAD_COMPOUNDS):  # "dự báo GDP"
            nxt = self.lower_org_head(i + len(oh.tokens))
            if nxt > i:
                return nxt
        lh = self.get(i, LOC_HEAD, False)
        if lh is not None:
            nxt = self.parse_loc_head(i, lh)
            if nxt > i:
                return self.after_entity(nxt)
        nxt = self.try_honorific(i)
        if nxt > i:
            return nxt
        if texts[i] in g.PLACE_PREPS and i + 1 < b and self.cap[i + 1]:
            j = i + 1
            e = self.entity_at(j)
            if e is None and self.m(j, _ORG_START | _TITLES | _HONS | _LOCHEAD | _MISCHEAD, False) is None and not self.is_person_start(j):
                k = self.caps_run(j, 4)
                compound = k < b and (self.word[k] and not self.cap[k] and texts[k] not in g.PREP_STOP
                                      or texts[k][:1].isdigit())  # "tại Điều 5" is no place
                if not compound and all(not texts[m].isupper() for m in range(j, k)):
                    self.add(j, k, "LOCATION", rule="after-prep", score=0.6)
                    return self.after_entity(self.place_list(k))
            elif e is not None and e.kind in _LOCS:
                n = len(e.tokens)
                self.add(j, j + n, "LOCATION", canonical=e.canonical, country=e.country, rule="lexicon")
                return self.after_entity(self.place_list(j + n))
            elif e is None and self.is_person_start(j):
                k = self.caps_run(j, 4)
                if k + 2 < b and texts[k] == "," and texts[k + 1] in g.ADMIN_HEADS and self.cap[k + 2]:
                    # "quê ở Văn Yên, tỉnh Yên Bái": a district named like a person, placed in its province
                    self.add(j, k, "LOCATION", country="VN", rule="place-in-province", score=0.6)
                    return k
        return i + 1

    def lower_org_head(self, j: int) -> int:
        """'công ty Vinamilk', 'hãng tin Reuters', 'tập đoàn Samsung': the capitalised name is the body."""
        texts, b = self.texts, self.end
        if j >= b or not self.cap[j] or self.is_person_start(j) or texts[j] in g.NOT_ACRONYMS:
            return j
        if self.m(j, _TITLES | _HONS | _LOCHEAD | _MISCHEAD, False) is not None:
            return j
        e = self.entity_at(j)
        if e is not None and e.kind == ORG:
            self.add(j, j + len(e.tokens), "ORGANIZATION", canonical=e.canonical, country=e.country,
                     rule="org-lexicon", org_kind=e.extra)
            return self.after_entity(j + len(e.tokens))
        if e is not None:
            return j
        if self.m(j, _ORG_START, False) is not None:
            k = self.parse_org(j)
            return self.after_entity(k) if k > j else j
        r = self.caps_run(j, 5)
        if r < b and self.word[r] and not self.cap[r] and texts[r] not in g.STOP_LOWER and r - j == 1 \
                and looks_vietnamese(texts[j]):
            return j  # "công ty Cổ phần…" handled elsewhere; "hãng Tin tức" is no name
        self.add(j, r, "ORGANIZATION", rule="lower-org-head", score=0.7)
        return self.after_entity(r)

    def place_list(self, k: int, dashes: bool = False) -> int:
        """More places in an enumeration after a place preposition ("ở Seoul, Gyeonggi và Busan"),
        or, with ``dashes``, in a route after a known city ("Bangkok - Nong Khai")."""
        texts, b = self.texts, self.end
        seps = _APPOS_DASH if dashes else (",", "và")
        while k + 1 < b and texts[k] in seps and self.cap[k + 1]:
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
        """'Ảnh: Thống Nhất/TTXVN', 'Ảnh: VGP/Nhật Bắc', 'Nguồn: Reuters': agencies and photographers."""
        texts, b = self.texts, self.end
        while k < b and self.cap[k]:
            e = self.get(k, ORG)
            if e is not None:
                self.add(k, k + len(e.tokens), "ORGANIZATION", canonical=e.canonical, country=e.country,
                         rule="credit-org")
                k += len(e.tokens)
            else:
                r = self.caps_run(k, 4)
                if not (r >= b or texts[r] in _DASHES or texts[r] in (")", ".", ",", ";")):
                    return max(r, k + 1)
                if r - k == 1 and texts[k].isupper() and len(texts[k]) >= 2:
                    self.add(k, r, "ORGANIZATION", rule="credit-org", score=0.5)
                else:
                    self.add(k, r, "PERSON", rule="credit", score=0.5)
                k = r
            if k + 1 < b and (texts[k] in _DASHES or texts[k] == ",") and self.cap[k + 1]:
                k += 1
                continue
            break
        return k

    def shouting(self, i: int) -> bool:
        """Whether token ``i`` stands among words in capitals (an all-caps headline)."""
        texts = self.texts
        return (i > self.sent_start and texts[i - 1].isupper() and len(texts[i - 1]) > 1
                and texts[i - 1] not in g.NOT_ACRONYMS) or (
            i + 1 < self.end and texts[i + 1].isupper() and len(texts[i + 1]) > 1
            and texts[i + 1] not in g.NOT_ACRONYMS)

    def capitalised(self, i: int) -> int:
        """A capitalised word no rule claimed: a personal name, an acronym, a foreign name, or nothing."""
        texts = self.texts
        t = texts[i]
        if i < self.misc_until:
            return i + 1  # "Hiệp định Marrakesh", "Luật Đầu tư": part of the document's name
        if t == "U" and i + 2 < self.end and _TEAM_AGE.match(texts[i + 1]) and self.cap[i + 2] \
                and self.starts[i + 1] == self.ends[i]:
            e = self.entity_at(i + 2)
            if e is not None and e.kind == COUNTRY:  # "U22 Việt Nam": a national youth team
                self.add(i, i + 2 + len(e.tokens), "ORGANIZATION", country=e.country, rule="team")
                return self.after_entity(i + 2 + len(e.tokens))
        if (_INITIALS.match(t) or len(t) == 1 and i + 1 < self.end and texts[i + 1] == ".") and i + 2 < self.end:
            r = self.caps_run(i, 6)
            n = i
            while n < r and (texts[n] == "." or len(texts[n]) == 1 or _INITIALS.match(texts[n])):
                n += 1  # past the initials
            if i < n < r and not any(looks_vietnamese(w) for w in texts[n:r]) and self.entity_at(n) is None:
                c = self.record_person(i, i, r, None, [], "initials")  # "G.W. Bush", "J. K. Rowling"
                return self.appositions(r, c)
        if self.glued(i, i + 1):
            # "VOV5", "VTV1": a channel of a known broadcaster is a body of its own; other codes glued to
            # digits ("COP29", "A80") are left alone, and never matched as the shorter lexicon form
            if t.isupper() and t.isalpha() and t in self.gz.org_acronyms and i + 1 < self.end \
                    and texts[i + 1].isdigit() and not self.glued(i, i + 2):
                self.add(i, i + 2, "ORGANIZATION", rule="channel", score=0.6)
                return i + 2
            return i + 1
        r = self.caps_run(i, 6)
        sent_initial = self.at_sentence_start(i)
        if any(texts[m] == "-" for m in range(i, r)) and any(w.isupper() and len(w) > 1 for w in texts[i:r]):
            return r  # "VN-Index", "HNX-Index": an index or code, not a body
        if not sent_initial and self.after_person_and(i) and (2 <= r - i <= 3 or not looks_vietnamese(t)) \
                and self.entity_at(i) is None and all(not w.isupper() for w in texts[i:r]) \
                and self.m(i, _ORG_START | _TITLES | _HONS | _LOCHEAD | _MISCHEAD, False) is None:
            # "Park Hang-seo hay Kiatisuk", "Văn Thuận và Thanh Nhàn": a name joined to a person's name
            c = self.record_person(i, i, r, None, [], "coordinated")
            c.score = 0.5
            return self.appositions(r, c)
        if t in self.gz.family_names and r - i >= 2:
            # "Hồ Chủ tịch": a title word closes the name before it
            for m in range(i + 1, r):
                if self.get(m, TITLE, False) is not None:
                    r = m
                    break
        if t in self.gz.family_names and 2 <= r - i <= 4 and i >= 2 and _HOUSE_NUMBER.match(texts[i - 1]) \
                and texts[i - 2] in g.ADDRESS_BEFORE:
            self.add(i - 1, r, "LOCATION", rule="street", score=0.5)  # "số 18 Hoàng Diệu": an address
            return r
        if t in self.gz.family_names and 2 <= r - i <= 4:
            e = self.entity_at(i + 1)
            if e is not None and e.kind in _LOCS and i + 1 + len(e.tokens) == r:
                return i + 1  # "Đoàn Nhật Bản", "Hà Lào Cai": a word before a place name, not a person
            c = self.record_person(i, i, r, None, [], "family-name")
            return self.appositions(r, c)
        if r - i == 1 and t in self.surnames and not self.entity_at(i):
            c = self.record_person(i, i, i + 1, None, [], "surname")  # "Blinken cho biết": a person named before
            return self.appositions(i + 1, c)
        if r - i == 1:
            acr = self.gz.org_acronyms.get(t)
            if t.isupper() and len(t) >= 2 and t not in g.NOT_ACRONYMS and t.isalpha() \
                    and (len(t) <= 5 or acr) and not self.shouting(i) \
                    and not (i > 0 and texts[i - 1] in g.TICKER_BEFORE):  # "cổ phiếu MSN" is a ticker
                acr = self.gz.org_acronyms.get(t)
                self.add(i, i + 1, "ORGANIZATION", canonical=acr, rule="acronym", score=0.6)
                return self.after_entity(i + 1)
            if not sent_initial and len(t) >= 3 and not t.isupper() and not looks_vietnamese(t) and t.isalpha() \
                    and texts[i - 1] not in _DASHES and t not in g.NOT_NAMES and texts[i - 1] not in g.NOT_ORG_BEFORE \
                    and not (i + 1 < self.end and texts[i + 1] == "-"):
                # a lone foreign word in running text: a brand or company ("Samsung, LG và Hyundai")
                self.add(i, i + 1, "ORGANIZATION", rule="foreign-word", score=0.4)
                return self.after_entity(i + 1)
            return i + 1
        if sent_initial:
            if looks_vietnamese(t):
                return i + 1
        words = texts[i:r]
        if any(w.isupper() and len(w) > 1 for w in words):
            if not sent_initial and all(not looks_vietnamese(w) for w in words if w != "-") \
                    and not self.shouting(i):
                # "FTSE Russell", "JP Morgan": an acronym with foreign words is a company
                self.add(i, r, "ORGANIZATION", rule="foreign-org", score=0.5)
                return self.after_entity(r)
            return i + 1
        if not any(not looks_vietnamese(w) for w in words if w != "-"):
            return i + 1
        # an unknown run of foreign-looking capitalised words: a name
        c = self.record_person(i, i, r, None, [], "foreign-run")
        c.score = 0.6
        return self.appositions(r, c)


    def after_person_and(self, i: int) -> bool:
        """Whether token ``i`` follows "và"/"hay"/"," right after a person's name."""
        if i < 2 or self.texts[i - 1] not in ("và", "hay", "hoặc", ",") or not self.cands:
            return False
        last = self.cands[-1]
        return last.type == "PERSON" and last.end == self.ends[i - 2]


def find_candidates(doc: Document, gz: Gazetteer) -> tuple[list[Cand], list[BareTitle]]:
    sc = Scanner(doc, gz)
    sc.run()
    return sc.cands, sc.bare_titles
