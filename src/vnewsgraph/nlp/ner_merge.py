"""Merge candidate mentions into one entity per referent within a document.

Forms are merged when their spacing- and case-insensitive keys agree ("Hunsen"
= "Hun Sen", "Đảng nhân dân Campuchia" = "Đảng Nhân dân Campuchia"), when
the lexicon gives them one canonical name ("Vương quốc Campuchia" =
"Campuchia"; "CPP" = "Đảng Nhân dân Campuchia"), when an acronym is defined in
parentheses, when a long foreign name differs by one letter ("Norodo
Sihamoni" = "Norodom Sihamoni"), when a short body name is the head of exactly
one fuller name in the document ("Quốc hội" = "Quốc hội nước Cộng hòa xã hội
chủ nghĩa Việt Nam"), and when a lone given name or surname follows its full
name ("ông Rubio").  A bare title ("Thủ tướng") becomes a mention of the one
person in the document who holds it.  Abbreviations inside body names are
written out before comparing ("MTTQ" = "Mặt trận Tổ quốc"), as is the country a
body name ends in ("Quốc hội Vương quốc Campuchia" = "Quốc hội Campuchia");
places named with synonymous heads merge ("SVĐ Thiên Trường" = "sân Thiên
Trường"); a person-shaped name of a place the document names elsewhere
("Yên Tử") becomes that place, and a one-word "person" that the document
defines as a body's name ("Vinafruit") becomes that body.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from vnewsgraph.model import Entity, Span
from vnewsgraph.nlp.ner_candidates import BareTitle, Cand, looks_vietnamese
from vnewsgraph.nlp.ner_grammar import GENERATIONS, ORG_ABBREVIATIONS, PLACE_HEAD_CLASS

_SITE_DASH = re.compile(r"\s[–—-]\s")
_KEY_DROP = re.compile(r"[\s\-–—.·'’]+")
# Short body names that, unqualified, mean the Vietnamese body.
_DOMESTIC_DEFAULT = frozenset({
    "quốc hội", "chính phủ", "bộ chính trị", "ban bí thư", "mặt trận", "nhà nước",
    "ban chấp hành trung ương", "ban chấp hành trung ương đảng", "trung ương đảng",
})


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    """Spacing-, punctuation- and case-insensitive key."""
    return _KEY_DROP.sub("", name.casefold())


@lru_cache(maxsize=65536)
def word_key(name: str) -> str:
    return " ".join(name.casefold().split())


def edit_distance_le1(a: str, b: str) -> bool:
    """Whether two strings are at most one insertion, deletion or substitution apart."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:]


@dataclass
class Group:
    type: str
    cands: list[Cand] = field(default_factory=list)
    extra_forms: list[str] = field(default_factory=list)
    bare_titles: list[BareTitle] = field(default_factory=list)

    @property
    def first(self) -> int:
        return min(c.start for c in self.cands)

    def names(self) -> list[str]:
        return [c.name for c in self.cands]

    def canonical(self) -> str | None:
        for c in self.cands:
            if c.canonical:
                return c.canonical
        return None

    def country(self) -> str | None:
        best: Cand | None = None
        for c in self.cands:
            if c.country and (best is None or c.start < best.start):
                best = c
        return best.country if best is not None else None


@lru_cache(maxsize=65536)
def expanded(name: str) -> str:
    """An organisation name with the abbreviations inside it written out ("UBTƯ MTTQ Việt Nam" →
    "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam")."""
    words = name.split()
    if not any(w in ORG_ABBREVIATIONS for w in words):
        return name
    return " ".join(ORG_ABBREVIATIONS.get(w, w) for w in words)


def _retype_places(cands: list[Cand]) -> None:
    """A name read as a person's only because it opens with a family name ("Yên Tử", "Văn Yên") is a place
    when the document names that place after a place head ("quần thể Yên Tử") or in a place context."""
    places = {key(f) for c in cands if c.type == "LOCATION" for f in (c.name, *c.forms)}
    if not places:
        return
    for c in cands:
        if c.type == "PERSON" and c.rule == "family-name" and not c.titles and not c.honorific \
                and key(c.name) in places:
            c.type = "LOCATION"


def _retype_bodies(cands: list[Cand]) -> None:
    """A one-word name read as a person's ("Tổng Thư ký Vinafruit") is the body when the document defines
    that word as a body's name or acronym ("Hiệp hội Rau quả Việt Nam (Vinafruit)")."""
    bodies = {key(c.name) for c in cands if c.type == "ORGANIZATION" and c.rule == "acronym-def"}
    if not bodies:
        return
    for c in cands:
        if c.type == "PERSON" and len(c.name.split()) == 1 and not c.honorific and key(c.name) in bodies:
            c.type = "ORGANIZATION"
            c.titles = []


def _head_class(head: str) -> str:
    h = " ".join(head.split())
    return PLACE_HEAD_CLASS.get(h, h.casefold()) + "|"


def _merge_places(groups: list[Group]) -> None:
    """Places named with one head or synonymous heads ("SVĐ Thiên Trường", "sân Thiên Trường") and one bare
    name are one place (a cathedral and a square named after one saint are not)."""
    seen: dict[str, Group] = {}
    for g in groups:
        if g.type != "LOCATION" or not g.cands:
            continue
        forms = [(_head_class(c.name[:-len(f)]), f) for c in g.cands if c.rule == "loc-head"
                 for f in c.forms if f != c.name and c.name.endswith(f)]
        # a complex named by its sites is also named by its first site ("quần thể Yên Tử")
        bare = {h + key(f) for h, f in forms} | {
            h + key(_SITE_DASH.split(f)[0]) for h, f in forms if _SITE_DASH.search(f)}
        owner = next((seen[b] for b in bare if b in seen), None)
        if owner is not None and owner is not g:
            _merge_into(owner, g)
            g = owner
        for b in bare:
            seen.setdefault(b, g)


def _country_normalised(cands: list[Cand]) -> dict[int, str]:
    """Organisation names with the country they end in written canonically ("Quốc hội Vương quốc
    Campuchia" → "Quốc hội Campuchia"), by id of the organisation's candidate."""
    ends: dict[int, Cand] = {}
    for c in cands:
        if c.type == "LOCATION" and c.canonical and len(c.name) == c.end - c.start:  # no "tỉnh …", "thị xã …"
            prev = ends.get(c.end)
            if prev is None or c.start < prev.start:
                ends[c.end] = c
    out: dict[int, str] = {}
    for c in cands:
        loc = ends.get(c.end) if c.type == "ORGANIZATION" else None
        if loc is not None and loc.start > c.start and loc.canonical:
            head = c.name[:loc.start - c.start] if len(c.name) == c.end - c.start else None
            if head:
                out[id(c)] = head + loc.canonical
    return out


def _initial_groups(cands: list[Cand]) -> list[Group]:
    groups: list[Group] = []
    index: dict[tuple[str, str], Group] = {}
    normalised = _country_normalised(cands)
    for c in sorted(cands, key=lambda c: (c.start, -c.end)):
        keys = [key(c.canonical)] if c.canonical else []
        keys.append(key(c.name))
        if c.type == "ORGANIZATION":
            keys.append(key(expanded(c.name)))
            if id(c) in normalised:
                keys.append(key(normalised[id(c)]))
        grp = None
        for k in keys:
            grp = index.get((c.type, k))
            if grp is not None:
                break
        if grp is None:
            grp = Group(c.type)
            groups.append(grp)
        grp.cands.append(c)
        for k in keys:
            index.setdefault((c.type, k), grp)
    return groups


def _merge_into(dst: Group, src: Group) -> None:
    dst.cands.extend(src.cands)
    dst.extra_forms.extend(src.extra_forms)
    src.cands = []


def _merge_people(groups: list[Group]) -> None:
    people = [g for g in groups if g.type == "PERSON" and g.cands]
    keyed = [(g, {key(n) for n in g.names()}) for g in people]
    # one-letter misspellings of long foreign names ("Norodo Sihamoni")
    for a in range(len(keyed)):
        ga, ka = keyed[a]
        if not ga.cands:
            continue
        for b in range(a + 1, len(keyed)):
            gb, kb = keyed[b]
            if not gb.cands or ga.canonical() and gb.canonical() and ga.canonical() != gb.canonical():
                continue
            if any(len(x) >= 10 and len(y) >= 10 and edit_distance_le1(x, y)
                   and not _vn_name(x) and not _vn_name(y) for x in ka for y in kb):
                _merge_into(ga, gb)
                ka |= kb
    # a Vietnamese given name used alone after the full name ("Hoàng Nam" for "Lý Hoàng Nam")
    full3 = [g for g in groups if g.type == "PERSON" and g.cands]
    for g in full3:
        names = set(g.names())
        if not g.cands or not all(len(n.split()) == 2 for n in names) or any(c.titles for c in g.cands):
            continue
        two = next(iter(names))
        owners = [o for o in full3 if o is not g and o.cands and o.first < g.first and any(
            len(n.split()) >= 3 and " ".join(n.split()[-2:]) == two and _vn_name(key(n)) for n in o.names())]
        if len(owners) == 1:
            _merge_into(owners[0], g)
    # a lone surname/given name after the full name ("ông Rubio", "ông Chính"): each such mention goes
    # to the nearest preceding person of that name (news re-introduces people by full name)
    full = [g for g in groups if g.type == "PERSON" and g.cands]
    for g in full:
        names = set(g.names())
        if not all(len(n.split()) == 1 for n in names):
            continue
        word = next(iter(names))
        owners = [o for o in full if o is not g and o.cands and any(
            len(n.split()) > 1 and (_surname(n) == word or n.split()[0] == word and not _vn_name(key(n)))
            for n in o.names())]
        if not owners:
            continue
        kept: list[Cand] = []
        for c in g.cands:
            before = [(max(x.start for x in o.cands if x.start < c.start), n)
                      for n, o in enumerate(owners) if any(x.start < c.start for x in o.cands)]
            if before:
                owners[max(before)[1]].cands.append(c)
            else:
                kept.append(c)
        g.cands = kept


def _surname(name: str) -> str:
    """The last word of a name, before a generation suffix ("Lloyd J. Austin III" -> "Austin")."""
    words = name.split()
    return words[-2] if len(words) > 2 and words[-1] in GENERATIONS else words[-1]


def _vn_name(k: str) -> bool:
    return any(not ch.isascii() for ch in k)


def _merge_orgs(groups: list[Group]) -> None:
    """A short body name merges into the one fuller name in the document that it begins."""
    orgs = [g for g in groups if g.type == "ORGANIZATION" and g.cands]
    forms: dict[int, set[str]] = {}
    by_prefix: dict[str, list[Group]] = {}
    for g in orgs:
        fs = {word_key(n) for n in g.names()}
        canon = g.canonical()
        if canon:
            fs.add(word_key(canon))
        fs.discard("")
        forms[id(g)] = fs
        prefixes: set[str] = set()
        for f in fs:
            words = f.split()
            for n in range(1, len(words)):
                prefixes.add(" ".join(words[:n]))
        for pre in prefixes:
            by_prefix.setdefault(pre, []).append(g)
    for g in orgs:
        if not g.cands:
            continue
        shorts = forms[id(g)]
        owners: list[Group] = []
        for sh in shorts:
            for o in by_prefix.get(sh, ()):
                if o is not g and o.cands and o not in owners:
                    owners.append(o)
        if not owners:
            continue
        if len(owners) > 1:
            domestic = [o for o in owners if o.country() == "VN" or any(
                "việt nam" in f for f in forms[id(o)])]
            if len(domestic) != 1:
                continue
            owners = domestic
        owner = owners[0]
        if any(c.rule == "org-lexicon-suffix" for c in owner.cands):
            continue  # "Airbus" is not short for its division "Airbus Commercial"
        if owner.country() not in (None, "VN") and shorts & _DOMESTIC_DEFAULT:
            continue
        if owner.country() and g.country() and owner.country() != g.country():
            continue  # "Bộ Khoa học và Công nghệ" (VN) is not "… thông tin Hàn Quốc"
        _merge_into(owner, g)
        forms[id(owner)] |= shorts


def _attach_bare_titles(groups: list[Group], bare: list[BareTitle]) -> None:
    if not bare:
        return
    # per person, every title and every word-prefix of it ("thủ tướng" of "thủ tướng lào")
    held: list[tuple[Group, set[str]]] = []
    for g in groups:
        if g.type != "PERSON" or not g.cands:
            continue
        prefixes: set[str] = set()
        for c in g.cands:
            for t, _, _ in c.titles:
                words = t.casefold().split()
                prefixes.update(" ".join(words[:n]) for n in range(1, len(words) + 1))
        if prefixes:
            held.append((g, prefixes))
    for bt in bare:
        core = " ".join(bt.title.casefold().split())
        holders = [g for g, prefixes in held if core in prefixes]
        if len(holders) == 1 and holders[0].first < bt.start:
            holders[0].bare_titles.append(bt)


def _choose_name(g: Group) -> str:
    canon = g.canonical()
    names = g.names()
    if g.type == "ORGANIZATION" or g.type == "MISC":
        best = max(names, key=lambda n: (len(n.split()), n[:1].isupper(), len(n)))
        if canon and len(canon.split()) >= len(best.split()):
            return canon
        return best
    if canon:
        return canon
    counts = Counter(names)
    return max(counts, key=lambda n: (counts[n], n[:1].isupper(), len(n)))


def build_entities(text: str, cands: list[Cand], bare: list[BareTitle],
                   acronyms: dict[str, str] | None = None) -> list[Entity]:
    """Entities from candidates; ``acronyms`` (acronym -> canonical body) lets a known acronym used
    inside a longer surface ("Hãng tin AFP") become an alias of that body."""
    _retype_places(cands)
    _retype_bodies(cands)
    groups = _initial_groups(cands)
    _merge_places(groups)
    _merge_people(groups)
    _merge_orgs(groups)
    _attach_bare_titles(groups, bare)
    live = sorted((g for g in groups if g.cands), key=lambda g: g.first)
    out: list[Entity] = []
    for n, g in enumerate(live, 1):
        name = _choose_name(g)
        spans = sorted({(c.start, c.end) for c in g.cands} | {(b.start, b.end) for b in g.bare_titles})
        forms: list[str] = []
        for c in g.cands:
            forms.append(c.name)
            forms.extend(c.forms)
            if c.canonical:
                forms.append(c.canonical)
        forms.extend(text[s:e] for s, e in spans)
        if acronyms and g.type == "ORGANIZATION":
            canon = g.canonical()
            for s, e in spans:
                for w in text[s:e].split():
                    if w.isupper() and len(w) > 1 and acronyms.get(w) == canon and canon:
                        forms.append(w)
        seen = {word_key(name)}
        aliases = []
        for f in forms:
            wk = word_key(f)
            if wk and wk not in seen:
                seen.add(wk)
                aliases.append(f)
        titles: list[str] = []
        title_spans: list[dict[str, object]] = []
        for c in sorted(g.cands, key=lambda c: c.start):
            for t, s, e in c.titles:
                if t not in titles:
                    titles.append(t)
                title_spans.append({"title": t, "start": s, "end": e})
        country = g.country()
        if country is None and g.type == "PERSON" and looks_vn_person(name):
            country = "VN"
        ent = Entity(id=f"e{n}", name=name, type=g.type, aliases=aliases, titles=titles, country=country,
                     mentions=[Span(s, e) for s, e in spans])
        ent.attrs["title_spans"] = title_spans
        ent.attrs["rules"] = sorted({c.rule for c in g.cands})
        ent.attrs["score"] = max(c.score for c in g.cands)
        ent.attrs["title_aliases"] = sorted({b.title for b in g.bare_titles})
        kinds = [c.org_kind for c in g.cands if c.org_kind]
        if kinds:
            ent.attrs["org_kind"] = kinds[0]
        hons = sorted({c.honorific for c in g.cands if c.honorific})
        if hons:
            ent.attrs["honorifics"] = hons
        out.append(ent)
    return out


def looks_vn_person(name: str) -> bool:
    from vnewsgraph.nlp.ner_gazetteer import gazetteer

    words = name.split()
    return 2 <= len(words) <= 4 and words[0] in gazetteer().family_names and \
        all(looks_vietnamese(w) for w in words) and any(not w.isascii() for w in words)
