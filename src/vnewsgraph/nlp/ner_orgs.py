"""Organisation phrases for the entity scanner (places and named events: ``ner_places``).

An organisation is a known name from the lexicon (with a country, place or
chained body after it: "Quốc hội Lào", "UBND tỉnh Tây Ninh", "Bộ Chính trị
Ban Chấp hành Trung ương Đảng …") or a head ("Bộ", "Ban", "Công ty", …)
followed by its name: capitalised words (each may take one lower-case
syllable: "Bộ Ngoại giao"), connectors ("và", "-"), enumerations closed by
"và", a country or place, or a nested body.
"""

from __future__ import annotations

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
)
from vnewsgraph.nlp.ner_scan import (
    _APPOS_DASH,
    _CONNECT,
    _ENT,
    _LOCS,
    _ORG_START,
    Cand,
    ScannerBase,
    looks_vietnamese,
)


class OrgRules(ScannerBase):
    # ------------------------------------------------------------------ organisations
    def parse_org(self, i: int, depth: int = 0) -> int:
        """Parse an organisation name at ``i``; record it (and what it nests); return its end or ``i``."""
        if not self.cap[i] or depth > 3:
            return i
        lex = self.get(i, ORG)
        if lex is not None and ("thứ" in lex.tokens or lex.canonical in g.ABSTRACT_BODIES or self.common_shaped(
                i, len(lex.tokens)) or self.hyphen_glued(i + len(lex.tokens))):
            lex = None
        head = self.get(i, ORG_HEAD, False)
        if lex is None and head is not None:
            loc = self.m(i, _LOCS, False)
            if loc is not None and len(loc.tokens) > len(head.tokens):
                return i  # "Đài Loan", "Trường Sa", "Hội An": a place, not the body head "Đài", "Trường", "Hội"
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
            brand_tail = lex.extra == "company" and j < self.end and self.cap[j] and not looks_vietnamese(
                self.texts[j]) and not self.texts[j].isupper() and (j + 1 >= self.end or not self.cap[j + 1]) \
                and self.m(j, _ENT | _ORG_START, False) is None
            if brand_tail or j < self.end and self.texts[j] in g.ORG_EN_SUFFIXES \
                    and not looks_vietnamese(self.texts[i]):
                j += 1  # "Tập đoàn Trung Nguyên Legend"
                while j < self.end and self.texts[j] in g.ORG_EN_SUFFIXES:
                    j += 1  # "Airbus Commercial": a division of a known company is a body of its own
                self.add(i, j, "ORGANIZATION", country=country, rule="org-lexicon-suffix", org_kind=lex.extra)
                return j
            # whether the name itself names a country ("Đảng Cộng sản Việt Nam"); if not, a country right
            # after it qualifies it ("Bộ Ngoại giao Lào" is Laos's ministry, not Vietnam's)
            has_country = any(self.get(p, COUNTRY, False) is not None for p in range(i + 1, j))
            k, qual_country, n_nested = self.org_qualifiers(j, has_country, depth, country, len(lex.tokens))
            if k > j and not (qual_country is not None and qual_country == country
                              and self.cands[-1].rule == "country-in-org"):
                canonical = None
                country = qual_country or country
            self.add(i, k, "ORGANIZATION", canonical=canonical, country=country,
                     rule="org-lexicon", org_kind=lex.extra)
            if j - i >= 3:
                self.nested_in_lexicon_org(i + 1, j, depth)
            return k
        if head is None:
            return i
        mh = self.get(i, MISC_HEAD)
        if mh is not None and len(mh.tokens) > len(head.tokens):
            return i  # "Bộ Quy tắc ứng xử" is a document, not a ministry
        h = head.canonical
        j = i + len(head.tokens)
        n_before = len(self.cands)
        k, country = self.org_content(j, h, depth)
        if k == j:
            return i
        if self.span_text(i, k).casefold() in g.GENERIC_BOARDS:
            del self.cands[n_before:]  # "Ban Lãnh đạo", "Hội đồng quản trị": a kind of board, no name
            return i
        for n in range(j + 1, min(k, j + 3)):
            if self.span_text(i, n).casefold() in g.GENERIC_BOARDS and self.span_text(n, k).casefold() in g.GENERIC_EVENTS:
                del self.cands[n_before:]  # "Ban Tổ chức Hội nghị": the committee of an unnamed event
                return k
            if self.cap[n] and self.span_text(i, n).casefold() in g.BOARDS_OF_A_BODY:
                # "Ban Giám đốc Học viện …", "Hội đồng quản trị Vietcombank": only the body is named
                if any(c.type == "ORGANIZATION" and c.start == self.starts[n] for c in self.cands[n_before:]):
                    return k
                if self.m(n, _ORG_START) is not None:
                    del self.cands[n_before:]
                    return max(self.parse_org(n, depth), n)
        same: Cand | None = None
        if h in g.GENERIC_HEADS:
            # "Trường Đại học Quốc gia Hà Nội" is "Đại học Quốc gia Hà Nội"; "Tập đoàn Vingroup" is "Vingroup"
            first = j
            while first < k and (not self.cap[first] or self.texts[first] in g.LEGAL_FORMS):
                first += 1  # "Công ty cổ phần Tập đoàn Masan" is "Tập đoàn Masan"
            inner = [c for c in self.cands[n_before:] if c.type == "ORGANIZATION"
                     and c.start == self.starts[first] and c.end == self.ends[k - 1]]
            same = inner[0] if inner else None
        if same is not None:
            self.add(i, k, "ORGANIZATION", canonical=same.canonical or same.name, country=country,
                     rule="org-head")
        else:
            self.add(i, k, "ORGANIZATION", country=country, rule="org-head")
        return k

    def after_viet(self, p: int) -> bool:
        """Whether the country at ``p`` follows "Việt" in a compound name ("Bệnh viện Việt Đức", "Trường
        Đại học Việt - Nhật"): the name of an institution, no place mentioned."""
        t = self.texts
        return t[p - 1] == "Việt" or p >= 2 and t[p - 1] in g.DASHES and t[p - 2] == "Việt"

    def nested_in_lexicon_org(self, p: int, j: int, depth: int) -> None:
        """Countries named inside a known organisation's name, and the body it ends with
        ("Đảng Nhân dân Cách mạng Lào" in "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào")."""
        while p < j:
            if not self.cap[p]:
                p += 1
                continue
            e = self.m(p, _ENT, False)
            if e is not None and len(e.tokens) == 1 and p + 1 < j \
                    and (self.texts[p], self.folded[p + 1]) in g.NAME_LIKE_COMPOUNDS:
                e = None  # "Viện Hàn lâm": no Korea in it
            n = len(e.tokens) if e is not None else 0
            if e is not None and p + n <= j and not self.after_viet(p) and (
                    e.kind == COUNTRY or e.kind == PLACE and e.extra in g.ADMIN_PLACE_KINDS and e.extra):
                self.add(p, p + n, "LOCATION", canonical=e.canonical, country=e.country, rule="loc-in-org")
                p += n
                continue
            if e is not None and e.kind == ORG and p + n == j and n >= 2 and depth < 3 \
                    and not (n == 2 and self.texts[p + 1].islower()):  # "Đầu tư" in "Kế hoạch và Đầu tư"
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
            lh = self.get(j, LOC_HEAD, False)
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
        while m < end and m - j < 2 and self.word[m] and not self.cap[m] and texts[m] not in g.PREP_STOP \
                and (texts[m] not in g.STOP_LOWER or tuple(texts[m:m + 2]) in g.NOUN_PAIRS):
            m += 1
        if m > j and m < end and self.cap[m] and body_len >= 3 and texts[j - 1].islower():
            e = self.entity_at(m)
            if e is not None and e.kind == COUNTRY and e.country != own_country:
                self.add(m, m + len(e.tokens), "LOCATION", canonical=e.canonical, country=e.country,
                         rule="country-in-org")
                return m + len(e.tokens), e.country, 1
        if not has_country:
            k = j + 1 if texts[j] == "nước" and j + 1 < end else j
            e = self.get(k, COUNTRY) \
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
                    if (e.kind == COUNTRY or e.extra in g.ADMIN_PLACE_KINDS) and not self.after_viet(k):
                        # a landmark inside a company's name ("Công ty Đường sắt Lào - Trung Quốc") is
                        # part of the name, not a place mentioned
                        self.add(k, k + n, "LOCATION", canonical=e.canonical, country=e.country,
                                 rule="loc-in-org")
                    country = country or e.country
                    k += n
                    content += 1
                    regions = e.kind == PLACE and e.extra == "region"  # "Vụ Đông Nam Á - Nam Á - Nam Thái Bình Dương"
                    while (content > 1 or regions) and k + 1 < end and texts[k] in _APPOS_DASH and cap[k + 1]:
                        e2 = self.get(k + 1, COUNTRY, False)  # "Diễn đàn Doanh nghiệp Việt Nam - Hàn Quốc"
                        if e2 is None and e.kind == PLACE:
                            e2 = self.get(k + 1, PLACE, False)  # "Di sản Thăng Long - Hà Nội"
                        if e2 is None and e.kind == COUNTRY and texts[k + 1] in g.SHORT_COUNTRY_FORMS \
                                and (k + 2 >= end or not cap[k + 2]):
                            k += 2  # "Liên minh Nghị sĩ hữu nghị Nhật - Việt"
                            continue
                        if e2 is None:
                            break
                        if e2.kind == COUNTRY or e2.extra in g.ADMIN_PLACE_KINDS:  # not the regions of a department
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
                if content and not company and e is None and not cap[k - 1] and self.foreign_name_at(k):
                    break  # "Bộ trưởng Bộ Hoàng cung Kong Sam Ol": the minister's name, not the ministry's
                sub_org = self.m(k, _ORG_START)
                if sub_org is not None and (content or sub_org.kind == ORG):
                    n_sub = len(self.cands)
                    sub = self.parse_org(k, depth + 1)
                    if sub > k:
                        c = self.cands[-1]
                        if k > start and texts[k - 1] in g.NAME_LOWER_PREFIXES:
                            # "liên Chính phủ" (inter-governmental) mentions no government of its own
                            self.cands[n_sub:] = [x for x in self.cands[n_sub:] if x.type != "ORGANIZATION"]
                        country = country or c.country
                        k = sub
                        content += 1
                        if company and k < end and cap[k]:  # "Samsung Electronics Việt Nam"
                            e = self.entity_at(k)
                            if e is not None and e.kind in _LOCS:
                                self.add(k, k + len(e.tokens), "LOCATION", canonical=e.canonical,
                                         country=e.country, rule="loc-in-org")
                                k += len(e.tokens)
                        while k + 1 < end and texts[k] in _APPOS_DASH and cap[k + 1] \
                                and texts[k - 1] != "-":  # "Ủy ban liên Chính phủ Việt Nam - Lào"
                            e2 = self.get(k + 1, COUNTRY, False)
                            if e2 is None or self.get(k - 1, COUNTRY, False) is None and c.country is None:
                                break
                            self.add(k + 1, k + 1 + len(e2.tokens), "LOCATION", canonical=e2.canonical,
                                     country=e2.country, rule="loc-in-org")
                            k += 1 + len(e2.tokens)
                        break
                if content:
                    lh = self.get(k, LOC_HEAD, False)
                    if lh is not None and lh.canonical in g.COMPLEX_HEADS:
                        n_before = len(self.cands)
                        k2 = self.parse_loc_head(k, lh)  # "Ban Quản lý Khu di tích chùa Hương"
                        if k2 > k:
                            # the site is mentioned ("chùa Hương"), the complex only names the board
                            self.cands[n_before:] = [c for c in self.cands[n_before:]
                                                     if c.start != self.starts[k]]
                            k = k2
                            content += 1
                            break
                if content == 0:
                    te = self.get(k, TITLE)
                    if te is not None:  # "Văn phòng Tổng Bí thư"
                        k += len(te.tokens)
                        content += 1
                        continue
                elif self.get(k, TITLE, False) is not None:
                    break
                new_run = k == start or not cap[k - 1] or texts[k - 1].isupper()  # "TNHH Thương mại"
                k += 1
                content += 1
                last_cap_new = new_run
                if k < end and self.word[k] and not cap[k] and (
                        texts[k] not in g.STOP_LOWER or (self.folded[k - 1], texts[k]) in g.NOUN_PAIRS) \
                        and self.get(k, LOC_HEAD, False) is None and looks_vietnamese(texts[k - 1]) \
                        and (last_cap_new or self.name_ends_after(k + 1)):
                    # "Ngoại giao", "Chữ thập" (a brand such as "Vingroup" takes no Vietnamese syllable);
                    # later in a run only where the name visibly ends ("Chuyên Ngoại ngữ với", not
                    # "Bộ Công Thương phối hợp")
                    k += 1
                    if k < end and texts[k] in g.ORG_LOWER_SUFFIXES and self.name_ends_after(k + 1):
                        k += 1  # "Viện Khảo cổ học"
                continue
            if t in _CONNECT and content and k + 1 < end and cap[k + 1]:
                if t == "và" and (self.get(k + 1, ORG_HEAD, False) is not None or self.get(k + 1, ORG) is not None
                                  or texts[k + 1].isupper() and len(texts[k + 1]) > 1):
                    break  # "Quỹ Thiện Tâm và MTTQ Việt Nam", "Hội Nông dân và Hội Phụ nữ": two bodies
                k += 1
                continue
            if t in g.NAME_LOWER_PREFIXES and k + 1 < end and cap[k + 1]:
                k += 1  # "Ủy ban liên Chính phủ"
                continue
            if t in g.REGION_WORDS and t not in g.ADMIN_HEADS and content and k + 1 < end and cap[k + 1]:
                # "Điện lực miền Bắc"
                k += 2
                continue
            if t == "nước" and k + 1 < end and cap[k + 1]:
                e = self.get(k + 1, COUNTRY)
                if e is not None:
                    n = len(e.tokens)
                    self.add(k + 1, k + 1 + n, "LOCATION", canonical=e.canonical, country=e.country,
                             rule="loc-in-org")
                    country = country or e.country
                    k += 1 + n
                    content += 1
                    break
            lh = self.get(k, LOC_HEAD, False) if not cap[k] else None
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
                    if texts[k - 1] == "cao" and k + 1 < end and texts[k] == "tại" and cap[k + 1]:
                        e = self.entity_at(k + 1)  # "Tòa án nhân dân cấp cao tại Hà Nội"
                        if e is not None and e.kind in _LOCS:
                            self.add(k + 1, k + 1 + len(e.tokens), "LOCATION", canonical=e.canonical,
                                     country=e.country, rule="loc-in-org")
                            k += 1 + len(e.tokens)
                            break
                    continue
                np = self.noun_pairs_run(k)
                if content and np > k and (np >= end or texts[np] != "và" and self.name_ends_after(np)
                                           or texts[np] == "và" and np + 1 < end
                                           and self.m(np + 1, _ORG_START) is not None):
                    k = np  # "Cục Thể dục thể thao và Liên đoàn …", "Cục Cảnh sát kinh tế,"
                    break
                if content:
                    # "Hội Chữ thập đỏ tỉnh Lạng Sơn", "Ban Chỉ huy Phòng thủ dân sự tỉnh Lào Cai": the rest of
                    # a word or one more noun, then the body's province; "Tổ chức Chữ thập đỏ quốc tế": a
                    # lower-case tail that ends body names
                    m = self.lower_run(k, 4)
                    if 0 < m - k <= 2 and m + 1 < end and texts[m] in g.ADMIN_HEADS and cap[m + 1]:
                        k = m
                        continue
                    if 0 < m - k <= 2 and m + 1 < end and texts[m] == "và" and cap[m + 1] \
                            and self.m(m + 1, _ORG_START | frozenset({TITLE})) is None \
                            and not self.is_person_start(m + 1) and self.entity_at(m + 1) is None:
                        k = m  # "Cục Thương mại điện tử và Kinh tế số": the name goes on after "và"
                        continue
                    if m - k >= 2 and tuple(texts[m - 2:m]) in g.ORG_LOWER_TAILS and self.name_ends_after(m):
                        k = m
                        break
                    if 0 < m - k <= 2 and m < end and texts[m] in g.PARENT_BODY_WORDS:
                        k = m  # "Cục Bảo vệ thực vật thuộc Bộ …", "Viện Dinh dưỡng quốc gia (Bộ Y tế)"
                        break
                if content:
                    # "Cơ quan Cảnh sát điều tra Bộ Công an": lower-case words before the body it belongs to
                    m = self.lower_run(k, 3)
                    if m > k and m < end and cap[m] and self.m(m, _ORG_START) is not None:
                        k = m
                        continue
                    # "Hội Chữ thập đỏ Nhật Bản", "Cục Gìn giữ hòa bình Việt Nam": the rest of a word or one
                    # more noun, then the country the body belongs to
                    if (m - k == 1 or m - k == 2 and texts[k] not in g.VERB_FIRST) and m < end and cap[m] \
                            and texts[k] not in g.PREP_STOP:
                        e = self.entity_at(m)
                        if e is not None and e.kind == COUNTRY:
                            k = m
                            continue
            if t == "của" and head in g.OF_BODY_HEADS and content and k + 1 < end and cap[k + 1]:
                e = self.entity_at(k + 1)
                if e is not None and e.kind == ORG:  # "Phái bộ Huấn luyện của EU"
                    self.add(k + 1, k + 1 + len(e.tokens), "ORGANIZATION", canonical=e.canonical,
                             country=e.country, rule="org-in-org", org_kind=e.extra)
                    k += 1 + len(e.tokens)
                    break
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

    def noun_pairs_run(self, k: int) -> int:
        """End of the two-syllable nouns at ``k`` ("kinh tế", "thể thao điện tử")."""
        while tuple(self.texts[k:k + 2]) in g.NOUN_PAIRS:
            k += 2
        return k

    def lower_run(self, k: int, limit: int) -> int:
        """End of up to ``limit`` lower-case name words at ``k`` ("thực vật", "giao thông", "điện tử"): two-syllable
        nouns count whole; function words, verbs, place heads and "thuộc" end the run."""
        texts, end = self.texts, self.end
        m = k
        while m < end and m - k < limit and self.word[m] and not self.cap[m]:
            if tuple(texts[m:m + 2]) in g.NOUN_PAIRS:
                m += 2
                continue
            t = texts[m]
            if t in g.STOP_LOWER or t in g.VERB_FIRST or t in g.ADMIN_HEADS or t in g.PARENT_BODY_WORDS:
                break
            m += 1
        return m

    def name_ends_after(self, k: int) -> bool:
        """Whether an organisation's name visibly ends before token ``k`` (punctuation, a function word)."""
        if k >= self.end or not self.word[k]:
            return True
        t = self.texts[k]
        return t in g.PREP_STOP or t in g.STOP_LOWER and t not in g.VERB_FIRST

    def foreign_name_at(self, k: int) -> bool:
        """Two or more capitalised words at ``k``, at least one not spelled like Vietnamese, that no
        rule knows: a foreign personal name ("Kong Sam Ol", "Sok Chenda Sophea")."""
        r = self.caps_run(k, 5)
        if r - k < 2 or self.m(k, _ORG_START | frozenset({TITLE}), False) is not None:
            return False
        words = [w for w in self.texts[k:r] if w != "-"]
        return any(not looks_vietnamese(w) for w in words) and not any(w.isupper() for w in words)

    def lower_cont(self, k: int) -> int:
        texts, end = self.texts, self.end
        for phrase in g.ORG_LOWER_CONT:
            n = len(phrase)
            if k + n <= end and all(texts[k + m] == phrase[m] for m in range(n)):
                return k + n
        return k
