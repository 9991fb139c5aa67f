"""Titles, honorifics and personal names for the entity scanner.

A title phrase is a known title ("Tổng Bí thư", "Thủ tướng") with what
qualifies the office: a country ("Thủ tướng Lào"), "nước" + country, a body
("Bộ trưởng Bộ Quốc phòng"), "tại" + place for envoys, or a field word
("Bộ trưởng Quốc phòng").  Titles chain with "," or "kiêm" before one name;
titles after a name and a comma or dash are appositions of that name.
"""

from __future__ import annotations

from vnewsgraph.nlp import ner_grammar as g
from vnewsgraph.nlp.ner_gazetteer import ACTOR, COUNTRY, HON, ORG, TITLE, Entry
from vnewsgraph.nlp.ner_scan import (
    _APPOS_DASH,
    _LOCS,
    _ORG_START,
    _TITLES,
    BareTitle,
    Cand,
    ScannerBase,
    looks_vietnamese,
    person_end,
)


class TitleRules(ScannerBase):
    # ------------------------------------------------------------------ titles and names
    def parse_title(self, i: int, lower: bool = False) -> tuple[int, str | None] | None:
        """A title phrase at ``i``: (end, country of the office) or None; ``lower`` also accepts a
        title written in lower case ("ông A, giám đốc Sở Y tế, cho biết")."""
        texts, end = self.texts, self.end
        te = self.get(i, TITLE)
        if te is None and lower:
            te = self.lower_title(i)
        if te is None:
            return None
        k = i + len(te.tokens)
        country: str | None = None
        # organisations and places inside the title ("Chủ tịch Quốc hội", "Thủ tướng Lào",
        # "Chánh Văn phòng Trung ương Đảng" where the body runs past the title)
        p = i + 1
        while p < k:
            if not self.cap[p]:
                if self.lower_head_at(p):
                    sub, country = self.lower_ban_body(p + 1, country) if texts[p] == "ban" else self.lower_body(
                        p + 1, g.LOWER_BODY_HEADS[texts[p]], country)  # "quyền Trưởng ban Đối ngoại …"
                    if sub > p + 1:
                        k = max(k, sub)
                        p = sub
                        continue
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
                lex = self.get(p, ORG)
                if lex is not None and lex.extra == "media" and p + len(lex.tokens) <= k \
                        and any(w.islower() for w in texts[p:p + len(lex.tokens)]):
                    p += len(lex.tokens)  # "Nghệ sĩ Nhân dân" is a title, not the newspaper Nhân Dân
                    continue
                n_before = len(self.cands)
                sub = self.parse_org(p)
                if sub > p:
                    country = country or self.cands[n_before].country
                    k = max(k, sub)
                    p = sub
                    continue
            p += 1
        if self.lower_head_at(k - 1):
            k, country = self.lower_ban_body(k, country) if texts[k - 1] == "ban" else self.lower_body(
                k, g.LOWER_BODY_HEADS[texts[k - 1]], country)  # "Giám đốc sở Ngoại vụ tỉnh Lào Cai"
        if k < end and self.cap[k] and texts[k - 1] in g.TITLE_BODY_ENDS and self.folded[k - 2] == "trưởng" \
                and self.m(k, _ORG_START | _LOCS) is None:
            # "Phó Trưởng phòng Cảnh sát giao thông Công an thành phố Huế": the title names its department
            n_before = len(self.cands)
            head = g.TITLE_BODY_ENDS[texts[k - 1]]
            k2, dep_country = self.org_content(k, head, 1)
            if k2 > k and len(self.cands) > n_before:  # only a department of a named body ("phòng Kinh doanh" is none)
                self.add(k - 1, k2, "ORGANIZATION", name=head + self.span_text(k - 1, k2)[len(head):],
                         country=dep_country, rule="org-in-title")
                country = country or dep_country
                k = k2
            else:
                del self.cands[n_before:]
        while k < end:
            t = texts[k]
            if t == "(":
                k2 = self.after_entity(k)  # "Chủ tịch Liên đoàn Bóng đá Việt Nam (VFF) Trần Quốc Tuấn"
                if k2 > k:
                    k = k2
                    continue
                break
            if t == "nước" and k + 1 < end and self.cap[k + 1]:
                e = self.get(k + 1, COUNTRY)
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
                lower_head = g.LOWER_BODY_HEADS.get(t)
                if lower_head is not None and k + 1 < end and self.cap[k + 1] and not self.is_person_start(k + 1):
                    k2, country = self.lower_body(k + 1, lower_head, country)  # "Giám đốc sở Ngoại vụ …"
                    if k2 > k + 1:
                        k = k2
                        continue
                # "Giám đốc đầu tư Công ty X": a lower-case field of the office, then its body
                m = k
                while m < end and m - k < 2 and self.word[m] and not self.cap[m] and texts[m] not in g.STOP_LOWER:
                    m += 1
                if m > k and m < end and self.cap[m] and self.m(m, _ORG_START) is not None:
                    k = m
                    continue
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
            # a field word of the office ("Bộ trưởng Quốc phòng", "… Hợp tác quốc tế Campuchia") before a name
            m = k + 1
            while m < end and m - k <= 2 and self.word[m] and not self.cap[m] and texts[m] not in g.STOP_LOWER:
                m += 1
            if m > k + 1 and m < end and self.cap[m] and not self.is_person_start(k):
                k = m
                continue
            break
        # "Bộ trưởng Ngoại giao và Hợp tác quốc tế Campuchia": "và" joins two fields of one office
        if k + 2 < end and texts[k] == "và" and self.cap[k + 1] and self.get(k + 1, TITLE) is None \
                and not self.is_person_start(k + 1) and self.entity_at(k + 1) is None:
            m = k + 2
            while m < end and m - k <= 4 and self.word[m] and not self.cap[m] and texts[m] not in g.STOP_LOWER:
                m += 1
            if m < end and self.cap[m]:
                e = self.entity_at(m)
                if e is not None and e.kind in _LOCS:
                    self.add(m, m + len(e.tokens), "LOCATION", canonical=e.canonical, country=e.country,
                             rule="loc-in-title")
                    return m + len(e.tokens), country or e.country
        return k, country

    def lower_head_at(self, p: int) -> bool:
        """A lower-case body head closing an office ("Trưởng ban", "Giám đốc sở") before a capitalised
        name of the body; "phòng" and "khoa" have their own rule, "Chánh văn phòng" names no body."""
        t = self.texts[p]
        return t in g.LOWER_BODY_HEADS and t not in g.TITLE_BODY_ENDS and p + 1 < self.end and self.cap[p + 1] \
            and self.folded[p - 1] in ("trưởng", "đốc")

    def lower_ban_body(self, k: int, country: str | None) -> tuple[int, str | None]:
        """A title written with a lower-case "ban" ("Trưởng ban Đối ngoại Trung ương Lào") still names its
        commission ("Ban Đối ngoại Trung ương Lào"); returns the end of the title and its country."""
        end = self.end
        if k + 2 < end and self.folded[k] == "thường" and self.folded[k + 1] == "trực" and self.cap[k + 2]:
            return k + 2, country  # "Phó trưởng ban Thường trực Ban Tuyên giáo …": the office, then its body
        return self.lower_body(k, "Ban", country)

    def lower_body(self, k: int, head: str, country: str | None) -> tuple[int, str | None]:
        """The body a title names with a lower-case head word at ``k - 1`` ("Trưởng ban Đối ngoại Trung
        ương", "Giám đốc sở Ngoại vụ tỉnh Lào Cai"): the body is added with its head capitalised; returns
        the end of the title and its country (``k`` when no body follows)."""
        end = self.end
        for n in range(k + 1, min(k + 3, end)):
            if (head + " " + self.span_text(k, n)).casefold() in g.GENERIC_BOARDS and self.is_person_start(n):
                return n, country  # "Trưởng ban Tổ chức Nguyễn Văn An": the office of a board with no name
        n_before = len(self.cands)
        lex = self.get(k - 1, ORG)
        if lex is not None and lex.tokens[0].casefold() == head.casefold() and len(lex.tokens) > 1:
            k2, code = k - 1 + len(lex.tokens), lex.country
            canonical: str | None = lex.canonical
        else:
            sub = self.parse_org(k - 1)  # a known head written in lower case: "ban Quản lý Khu kinh tế …"
            own = [c for c in self.cands[n_before:] if c.start == self.starts[k - 1] and c.type == "ORGANIZATION"]
            if sub > k and own:
                own[0].name = head + own[0].name[len(head):]
                return sub, country or (own[0].country if own[0].country and len(own[0].country) == 2 else None)
            del self.cands[n_before:]
            k2, code = self.org_content(k, head, 1)
            canonical = None
            if k2 <= k or (head + " " + self.span_text(k, k2)).casefold() in g.GENERIC_BOARDS or not (
                    len(self.cands) > n_before or "Trung ương" in self.span_text(k, k2)
                    or k2 < end and self.is_person_start(k2)):
                del self.cands[n_before:]
                return k, country
        if k2 < end and self.cap[k2]:
            e = self.get(k2, COUNTRY, False)
            if e is not None and not self.country_opens_place(k2 + len(e.tokens)):
                # "Ban Đối ngoại Trung ương Lào": the commission of another country's party
                self.add(k2, k2 + len(e.tokens), "LOCATION", canonical=e.canonical, country=e.country,
                         rule="loc-in-title")
                k2, code, canonical = k2 + len(e.tokens), e.country, None
        self.cands.insert(n_before, Cand(self.starts[k - 1], self.ends[k2 - 1], "ORGANIZATION",
                                         head + self.span_text(k - 1, k2)[len(head):], canonical=canonical,
                                         country=code, rule="org-in-title"))
        return k2, country or (code if code and len(code) == 2 and code.isupper() else None)

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
                    and self.get(k + 1, TITLE) is not None:
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
        h = self.get(k, HON, False)
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
        n = sum(1 for w in texts[j:r] if w != "-" and w[:1].isupper())
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
            if (self.word[r] if r < end else False) and looks_vietnamese(w):
                # "Bộ trưởng Quốc phòng": a capitalised field word, not a name ("Tổng thống Putin tuyên bố" is)
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
        e = self.get(name_start, ACTOR)
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
        words = [w for w in self.texts[name_start:end] if w[:1].isupper() and len(w) > 1]
        if len(words) > 1 and not looks_vietnamese(words[-1]):
            self.surnames.add(words[-2] if words[-1] in g.GENERATIONS and len(words) > 2 else words[-1])
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
        while k + 1 < end and (texts[k] == "," or texts[k] == "kiêm" and k > person_end(self, person)
                               or texts[k] in _APPOS_DASH and (dash or k == person_end(self, person))) \
                and self.word[k + 1]:
            dash = dash or texts[k] in _APPOS_DASH
            save = len(self.cands)
            r = self.parse_title(k + 1, lower=True)
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

    def lower_title(self, i: int) -> Entry | None:
        """A title of two or more words written in lower case at ``i`` ("phó chủ tịch UBND tỉnh")."""
        node = self.gz.ftrie.get(self.folded[i])
        j = i + 1
        best: Entry | None = None
        while node is not None and j < self.end:
            node = node.get(self.folded[j])
            j += 1
            term = node.get("\x00") if node is not None else None
            if term and TITLE in term:
                best = term[TITLE][0]
        return best

    def try_title(self, i: int) -> int:
        save = len(self.cands)
        k, parts = self.title_chain(i)
        if not parts:
            del self.cands[save:]
            return i
        nm = self.parse_name(k, after_title=True)
        if nm is not None:
            if i > self.sent_start and self.folded[i - 1] in g.TITLE_PREFIXES:
                a, b, code = parts[0]
                parts[0] = (i - 1, b, code)  # "nguyên Thủ tướng", "cựu Tổng thống"
            c = self.record_person(nm[0], nm[1], nm[2], nm[3], parts, "title")
            return self.appositions(nm[2], c)
        # no name: keep the nested organisations and places, remember a bare title
        if len(parts) == 1 and parts[0][1] - parts[0][0] <= 3 and \
                (i == self.sent_start or self.texts[i - 1] not in g.TITLE_DETERMINERS):
            self.bare_titles.append(BareTitle(self.starts[i], self.ends[parts[0][1] - 1],
                                              self.span_text(i, parts[0][1])))
        return k

    def try_honorific(self, i: int) -> int:
        h = self.get(i, HON, False)
        if h is None:
            return i
        nm = self.parse_name(i, after_title=h.canonical not in g.WEAK_HONORIFICS)
        if nm is None:
            return i
        c = self.record_person(nm[0], nm[1], nm[2], nm[3], [], "honorific")
        return self.appositions(nm[2], c)
