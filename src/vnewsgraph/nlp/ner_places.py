"""Place and named-event (MISC) phrases for the entity scanner.

Places follow a place head ("tỉnh Quảng Ninh", "Thủ đô Vientiane", "sông Mekong",
"chùa Đồng", "Quần thể Yên Tử – Vĩnh Nghiêm – Côn Sơn – Kiếp Bạc"); named events
and documents follow a MISC head ("Đại hội XIV", "Hội nghị Cấp cao ASEAN").
"""

from __future__ import annotations

import re

from vnewsgraph.nlp import ner_grammar as g
from vnewsgraph.nlp.ner_gazetteer import COUNTRY, LOC_HEAD, MISC_HEAD, ORG, ORG_HEAD, PLACE, TITLE, Entry
from vnewsgraph.nlp.ner_scan import (
    _APPOS_DASH,
    _LOCS,
    _ORG_START,
    _ORGS,
    ScannerBase,
    _roman,
    looks_vietnamese,
)

_MEETING_OPENERS: frozenset[tuple[str, ...]] = frozenset({
    ("hội", "nghị"), ("diễn", "đàn"), ("đại", "hội", "đồng"), ("kỳ", "họp"), ("phiên", "họp"),
})


_MEETING_FIRST = frozenset(t[0] for t in _MEETING_OPENERS)
_YEAR = re.compile(r"(19|20)\d\d$")


def _opens_meeting(tokens: tuple[str, ...] | list[str]) -> bool:
    return tuple(t.casefold() for t in tokens[:2]) in _MEETING_OPENERS \
        or tuple(t.casefold() for t in tokens[:3]) in _MEETING_OPENERS


class PlaceRules(ScannerBase):
    # ------------------------------------------------------------------ short country forms
    def pair_country(self, n: int) -> bool:
        """Whether token ``n`` is a country (short form or one-word name) that may stand in a dash pair."""
        if n < self.sent_start or n >= self.end or not self.cap[n]:
            return False
        if self.texts[n] in g.SHORT_COUNTRY_FORMS:
            return True
        if self.get(n, COUNTRY, False) is not None:
            return True  # "Việt - Hàn Quốc"
        for m in (n - 1, n - 2):  # "Hàn Quốc - Việt": a country of two or three words ends at ``n``
            e = self.get(m, COUNTRY, False) if m >= self.sent_start else None
            if e is not None and m + len(e.tokens) == n + 1:
                return True
        return False

    def short_country(self, i: int) -> int:
        """A one-syllable form of a country paired by a dash with another country ("Việt – Mỹ", "quan hệ
        Việt - Trung") names that country (LOCATION).  Returns the end of the form, or ``i``."""
        texts = self.texts
        short = g.SHORT_COUNTRY_FORMS.get(texts[i])
        if short is None:
            return i
        paired = i + 2 < self.end and texts[i + 1] in g.DASHES and self.pair_country(i + 2) \
            or i - 2 >= self.sent_start and texts[i - 1] in g.DASHES and self.pair_country(i - 2)
        if not paired or i + 1 < self.end and self.cap[i + 1]:
            return i
        self.add(i, i + 1, "LOCATION", canonical=short[0], country=short[1], rule="short-country")
        return i + 1

    # ------------------------------------------------------------------ numbered meetings
    def numbered_tail(self, q: int) -> int:
        """End of a session number after a meeting's name at ``q`` ("lần thứ 56", "lần 3", "khóa 80"),
        or ``q`` when there is none."""
        texts, end = self.texts, self.end

        def num(n: int) -> bool:
            return n < end and (texts[n].isdigit() or texts[n] in g.ROMAN)
        if q + 2 < end and texts[q] == "lần" and texts[q + 1] == "thứ" and num(q + 2):
            return q + 3
        if q + 1 < end and (texts[q] == "lần" or self.folded[q] in ("khóa", "khoá")) and num(q + 1):
            return q + 2
        return q

    def numbered_meeting(self, i: int) -> int:
        """A known meeting or assembly followed by its session ("Hội nghị Bộ trưởng Ngoại giao ASEAN lần
        thứ 56", "Đại hội đồng Liên Hợp Quốc khóa 80") or by an acronym and the host town ("Diễn đàn Kinh
        tế Thế giới (WEF) Davos") names one meeting (MISC); the bodies and places inside its name are
        entities of their own.  Returns the end of the meeting, or ``i`` when there is none."""
        if self.folded[i] not in _MEETING_FIRST:
            return i
        texts, end, cap = self.texts, self.end, self.cap
        lo = self.get(i, ORG)
        if lo is not None and _opens_meeting(lo.tokens):
            q = i + len(lo.tokens)
        else:
            head = self.get(i, ORG_HEAD, False)  # an unknown forum: "Diễn đàn Doanh nghiệp Việt Nam 2025"
            if head is None or not _opens_meeting(head.tokens) or lo is not None and len(lo.tokens) > len(head.tokens):
                return i
            n_before = len(self.cands)
            q, _ = self.org_content(i + len(head.tokens), head.canonical, 1)
            del self.cands[n_before:]
            if q == i + len(head.tokens):
                return i
        r = self.numbered_tail(q)
        if r == q and q + 3 < end and texts[q] == "(" and texts[q + 2] == ")" and texts[q + 1].isupper():
            r2 = self.numbered_tail(q + 3)  # "Hội nghị Cấp cao Đông Á (EAS) lần thứ 20"
            r = r2 if r2 > q + 3 else q
        if r == q and q < end and _YEAR.match(texts[q]) and (q + 1 >= end or not texts[q + 1][:1].isdigit()):
            r = q + 1  # "Diễn đàn Doanh nghiệp Việt Nam 2025"
        if r == q:
            p = q
            if p + 2 < end and texts[p] == "(" and texts[p + 2] == ")" and texts[p + 1].isupper():
                p += 3
            if p < end and cap[p] and p > q:
                e = self.entity_at(p)
                if e is not None and e.kind in (PLACE, COUNTRY):
                    r = p + len(e.tokens)
                elif e is None and self.m(p, _ORG_START, False) is None and not looks_vietnamese(texts[p]):
                    r = self.caps_run(p, 2)  # "(WEF) Davos"
            elif p > q and p < end and _YEAR.match(texts[p]):
                r = p + 1  # "Diễn đàn Doanh nghiệp Việt Nam (VBF) 2025"
        if r == q:
            return i
        if r + 2 < end and texts[r] == "(" and texts[r + 1].isupper() and ")" in texts[r + 2:r + 5]:
            r = texts.index(")", r + 2, r + 5) + 1  # "… lần thứ 46 (AIPA-46)": the meeting's own code
        self.add(i, r, "MISC", rule="misc-meeting")
        k = i + 2
        while k < q:
            e = self.entity_at(k) if self.cap[k] else None
            if e is not None and k + len(e.tokens) <= q and (
                    e.kind in _ORGS or e.kind == COUNTRY or e.kind == PLACE and e.extra in g.ADMIN_PLACE_KINDS):
                self.add(k, k + len(e.tokens), "LOCATION" if e.kind in _LOCS else "ORGANIZATION",
                         canonical=e.canonical, country=e.country, rule="misc-inner")
                k += len(e.tokens)
            else:
                k += 1
        return r

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
        if head.canonical in g.COMPLEX_HEADS and j + 1 < end and not self.cap[j]:
            inner = self.get(j, LOC_HEAD, False)
            if inner is not None and inner.canonical in g.LOC_HEADS_KEPT:
                k = self.parse_loc_head(j, inner)  # "Khu di tích chùa Hương"
                if k > j:
                    self.add(i, k, "LOCATION", rule="loc-head", score=0.7)
                    return k
        if j >= end or not self.cap[j]:
            return i
        if self.get(j, TITLE, False) is not None or (
                head.canonical not in g.LOC_HEADS_KEPT and self.m(j, _ORG_START, False) is not None):
            return i
        e = self.entity_at(j)
        if e is not None and (e.kind == COUNTRY or head.canonical in g.ADMIN_HEADS and e.kind == PLACE
                              and len(e.tokens) == 1) and j + len(e.tokens) < end and self.cap[j + len(e.tokens)] \
                and not self.is_person_start(j + len(e.tokens)) and self.entity_at(j + len(e.tokens)) is None:
            e = None  # "sân Mỹ Đình", "huyện Anh Sơn": a place whose name begins like a country's
        if e is not None and head.canonical in g.COMPLEX_HEADS and j + len(e.tokens) + 1 < end \
                and texts[j + len(e.tokens)] in _APPOS_DASH:
            e = None  # "Quần thể Côn Sơn – Kiếp Bạc": the complex, named by its sites
        if e is not None and e.kind in _LOCS:
            k = j + len(e.tokens)
            canonical: str | None = e.canonical
            country = e.country
        elif e is not None:
            return i
        else:
            k = self.caps_run(j, 4)
            if texts[j] in g.NOT_ACRONYMS:
                return i
            if k == j + 1 and texts[j] in g.PLACE_NOUNS and k + 1 < end and self.word[k] and not self.cap[k] \
                    and self.cap[k + 1]:
                k = self.caps_run(k + 1, 4)  # "di tích Nhà tù Hỏa Lò", "khu du lịch Khu bảo tồn …"
            if head.canonical in g.ADMIN_HEADS and self.is_person_start(j) and k - j >= 3:
                # "Chủ tịch UBND tỉnh Võ Văn Minh": a three-syllable personal name is the chairman's (every
                # province is listed, and unit names are mostly two syllables: "tỉnh Hà Tây")
                return i
            if k == j + 1 and head.canonical in g.AREA_HEADS and k < end and self.word[k] and not self.cap[k] \
                    and texts[k] not in g.PREP_STOP and texts[k] not in g.STOP_LOWER:
                return i  # "khu vực Vành đai 1": one capitalised syllable of a longer common name
            canonical = None
            # a commune or district of Vietnam ("thị xã Hoàng Mai") when its name is Vietnamese
            country = "VN" if head.canonical in g.ADMIN_HEADS and all(
                looks_vietnamese(w) for w in texts[j:k]) else None
        if head.canonical in g.COMPLEX_HEADS and e is None:
            while k + 1 < end and texts[k] in _APPOS_DASH and self.cap[k + 1] \
                    and self.get(k + 1, COUNTRY, False) is None:
                k = self.caps_run(k + 1, 4)  # "Quần thể Yên Tử – Vĩnh Nghiêm – Côn Sơn – Kiếp Bạc"
        if head.canonical in g.AREA_HEADS and e is not None and e.kind == PLACE and e.extra in ("province", "city"):
            # "vùng biển Bà Rịa - Vũng Tàu", "ven biển Gia Lai": the province's sea, the province is the place
            self.add(j, k, "LOCATION", canonical=e.canonical, country=e.country, rule="lexicon")
            return k
        kept = head.canonical in g.LOC_HEADS_KEPT
        # "Khu công nghiệp Việt Nam - Singapore", "cảng Hải Phòng": a place named after a country or
        # city is a place of its own, and that country or city is mentioned too
        named_after = kept and e is not None and (e.kind == COUNTRY or e.extra in g.ADMIN_PLACE_KINDS)
        if named_after:
            assert e is not None
            self.add(j, k, "LOCATION", canonical=e.canonical, country=e.country, rule="loc-in-place")
            while k + 1 < end and texts[k] in _APPOS_DASH and self.cap[k + 1]:
                e2 = self.get(k + 1, COUNTRY, False)
                if e2 is None:
                    break
                self.add(k + 1, k + 1 + len(e2.tokens), "LOCATION", canonical=e2.canonical,
                         country=e2.country, rule="loc-in-place")
                k += 1 + len(e2.tokens)
        bare = self.span_text(j, k)
        full = self.span_text(i, k)
        if kept:
            c = self.add(i, k, "LOCATION", name=full, canonical=None, country=country, rule="loc-head")
        else:
            c = self.add(i, k, "LOCATION", name=bare, canonical=canonical, country=country, rule="loc-head")
        if not named_after and (not kept or k - j > 1 or not looks_vietnamese(texts[j])):
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
                    e = self.get(k - 1, ORG)
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
            sub = self.get(k, MISC_HEAD, False)
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
            steps = 0
            while (e is None or e.kind not in _LOCS | _ORGS) and steps < 3 and k < end and cap[k]:
                # "Hội nghị Bộ trưởng Kinh tế ASEAN": capitalised words, each with one lower-case syllable,
                # up to the body or place the meeting is of
                k0 = k
                k = self.caps_run(k, 4)
                if k < end and self.word[k] and not cap[k] and texts[k] not in g.STOP_LOWER and k - k0 == 1:
                    k += 1
                e = self.entity_at(k) if k < end and cap[k] else None
                if e is None and k < end and not cap[k]:
                    e = self.get(k, PLACE, False)  # "Hội nghị Tương lai châu Á": a continent written lower-case
                steps += 1
            if e is not None and e.kind in _LOCS | _ORGS:
                k += len(e.tokens)  # "Hội nghị Cấp cao ASEAN", "Công ước Liên Hợp Quốc"
                while k + 1 < end and texts[k] in g.DASHES and cap[k + 1]:
                    e2 = self.entity_at(k + 1)  # "Hội nghị Cấp cao ASEAN - Liên Hợp Quốc"
                    if e2 is None or e2.kind not in _LOCS | _ORGS:
                        break
                    k += 1 + len(e2.tokens)
            if k + 1 < end and texts[k] == "về" and cap[k + 1]:  # "Công ước … về Luật Biển"
                sub = self.get(k + 1, MISC_HEAD, False)
                m = self.caps_run(k + 1 + (len(sub.tokens) if sub else 0), 4)
                if m > k + 1:
                    k = m
            if k + 3 < end and texts[k] == "(" and texts[k + 2] == ")" and texts[k + 1].isupper() \
                    and self.numbered_tail(k + 3) > k + 3:
                k += 3  # "… ASEAN (AEM) lần thứ 57"
            k = self.numbered_tail(k)
            self.add(i, k, "MISC", rule="misc-head")
