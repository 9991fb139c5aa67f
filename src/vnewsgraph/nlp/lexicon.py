"""Named-entity lexicons loaded from the data files in ``nlp/resources/``.

Titles (with English equivalents), honorifics, Vietnamese family names, a
country table (ISO 3166-1 alpha-2), places (Vietnamese provinces before and
after the 1 July 2025 merger, world capitals and cities, rivers, seas,
regions), organisations and a curated actor dictionary.  The formats and the
sources of each file are described in ``resources/README.md``.

Everything is loaded once (:func:`lexicon` is cached); lookups are plain dict
lookups keyed by the surface form after NFC and the project's tone-mark
normalisation (:func:`key`).  Lookups are case-sensitive; ``Lexicon.folded``
maps the case-folded form of every surface to its key for a case-insensitive
fallback, which :meth:`Lexicon.canonical` and :meth:`Lexicon.country_code`
use only when the queried surface is not all lower case (so the common word
"anh" never becomes the country "Anh").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, TypeVar

from vnewsgraph.errors import ConfigError
from vnewsgraph.nlp.resources import read_lines
from vnewsgraph.normalize.unicode import normalize_tones

TITLE_CATEGORIES = frozenset({
    "party", "state", "government", "legislature", "military", "police", "diplomatic",
    "judicial", "business", "academic", "religious", "royal", "other",
})
PLACE_KINDS = frozenset({
    "province", "city", "capital", "region", "river", "sea", "island", "landmark", "district",
})
ORG_KINDS = frozenset({
    "party", "state", "ministry", "party-body", "international", "media", "company", "army",
    "other",
})
EMPTY = "-"
T = TypeVar("T")
_SPACES = re.compile(r"\s+")
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def key(surface: str) -> str:
    """The lookup key of a surface form: NFC, canonical tone placement, single spaces."""
    text = unicodedata.normalize("NFC", surface)
    return _SPACES.sub(" ", normalize_tones(text)).strip()


def case_compatible(surface: str, listed: str) -> bool:
    """May ``surface`` stand for the listed proper name ``listed`` (same letters, any case)?

    Vietnamese capitalises every syllable of a person's or a place's name, so after the
    first word (which a sentence start may capitalise) a capitalised word of the listed
    name must be capitalised in the surface too, and an acronym must be written as listed: "Hòa bình" (peace) at the start of a
    sentence is not the province "Hòa Bình", while "SÔNG MEKONG" (a headline) and
    "Sông Mekong" are "sông Mekong".
    """
    if surface.isupper():
        return True
    if listed.isupper():  # an acronym matches only as written ("NAM" is not "Nam")
        return False
    got, want = surface.split(" "), listed.split(" ")
    if len(got) != len(want):
        return False
    return all(not w[:1].isupper() or g[:1].isupper() for g, w in zip(got[1:], want[1:], strict=True))


@dataclass(frozen=True)
class TitleInfo:
    title: str
    english: str
    category: str


@dataclass(frozen=True)
class CountryInfo:
    code: str
    name: str
    english: str


@dataclass(frozen=True)
class PlaceInfo:
    name: str
    kind: str
    country: str | None
    valid_until: str | None
    merged_into: str | None


@dataclass(frozen=True)
class OrgInfo:
    name: str
    acronyms: tuple[str, ...]
    country: str | None
    kind: str


@dataclass(frozen=True)
class Actor:
    name: str
    aliases: tuple[str, ...]
    country: str
    roles: tuple[tuple[str, str | None, str | None], ...]

    def roles_at(self, date: str) -> tuple[str, ...]:
        """Titles held on ``date`` (ISO, any precision compared as a string prefix)."""
        out = []
        for title, start, end in self.roles:
            if start is not None and date < start[: len(date)]:
                continue
            if end is not None and date[: len(end)] > end:
                continue
            out.append(title)
        return tuple(out)


@dataclass
class Lexicon:
    titles: dict[str, TitleInfo] = field(default_factory=dict)
    title_words: set[str] = field(default_factory=set)
    honorifics: tuple[str, ...] = ()
    family_names: set[str] = field(default_factory=set)
    countries: dict[str, CountryInfo] = field(default_factory=dict)
    places: dict[str, PlaceInfo] = field(default_factory=dict)
    organizations: dict[str, OrgInfo] = field(default_factory=dict)
    actors: dict[str, Actor] = field(default_factory=dict)
    # Additions beyond the shared API:
    demonyms: dict[str, CountryInfo] = field(default_factory=dict)  # "Cambodian" -> KH
    english: dict[str, str] = field(default_factory=dict)  # canonical name -> English name
    merged_from: dict[str, tuple[str, ...]] = field(default_factory=dict)  # new province -> old
    ambiguous: set[str] = field(default_factory=set)  # surfaces that are also common words/names
    folded: dict[str, str] = field(default_factory=dict)
    max_words: int = 0  # longest key (in space-separated words) over all entity maps

    def _resolve(self, surface: str) -> str:
        """The key for ``surface``: exact, else a case-insensitive match that keeps proper-name
        capitalisation (see :func:`case_compatible`)."""
        k = key(surface)
        if k in self.countries or k in self.places or k in self.organizations or k in self.actors:
            return k
        if k != k.lower():
            fk = self.folded.get(k.casefold())
            loose = (fk is not None and not fk.isupper() and fk in self.organizations
                     and fk not in self.places and fk not in self.countries
                     and fk not in self.actors)
            if fk is not None and (loose or case_compatible(k, fk)):
                return fk
        return k

    def country_code(self, surface: str) -> str | None:
        """ISO 3166-1 alpha-2 code of a country name, variant or English adjective."""
        k = key(surface)
        info = self.countries.get(k) or self.demonyms.get(k)
        if info is None and k != k.lower():
            fk = self.folded.get(k.casefold())
            if fk is not None and case_compatible(k, fk):
                info = self.countries.get(fk) or self.demonyms.get(fk)
        return info.code if info else None

    def canonical(self, surface: str) -> tuple[str, str] | None:
        """(canonical name, PERSON|ORGANIZATION|LOCATION) of any known surface form."""
        k = self._resolve(surface)
        if k in self.countries:
            return self.countries[k].name, "LOCATION"
        if k in self.places:
            return self.places[k].name, "LOCATION"
        if k in self.organizations:
            return self.organizations[k].name, "ORGANIZATION"
        if k in self.actors:
            return self.actors[k].name, "PERSON"
        return None

    def place_at(self, surface: str, date: str | None = None) -> PlaceInfo | None:
        """The place a name denotes on ``date`` (ISO; None: today), following mergers:
        ``place_at("Bình Dương", "2025-08-01")`` is Thành phố Hồ Chí Minh, while on
        "2025-05-01" it is still the province of Bình Dương."""
        info = self.places.get(self._resolve(surface))
        seen: set[str] = set()
        while (info is not None and info.valid_until is not None and info.merged_into
               and (date is None or date[: len(info.valid_until)] > info.valid_until)
               and info.name not in seen):
            seen.add(info.name)
            info = self.places.get(info.merged_into)
        return info

    def title(self, surface: str) -> TitleInfo | None:
        """Title info, exact first, then case-insensitively ("bộ trưởng" -> "Bộ trưởng");
        abbreviations ("GS", "TS") only as written."""
        k = key(surface)
        info = self.titles.get(k)
        if info is None:
            fk = self.folded.get(k.casefold())
            if fk is not None and (k.isupper() or not any(c.isupper() for c in fk[1:])
                                   or not fk.split(" ")[0].isupper()):
                info = self.titles.get(fk)
        return info


# ---------------------------------------------------------------- parsing helpers


def _opt(value: str) -> str | None:
    return None if value in ("", EMPTY) else value


def _multi(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip() and v.strip() != EMPTY)


def _rows(name: str, min_cols: int) -> Iterator[tuple[int, list[str]]]:
    for n, row in enumerate(read_lines(name), 1):
        while row and row[-1] == "":
            row.pop()
        if len(row) < min_cols:
            raise ConfigError(f"row {n} has {len(row)} columns, needs {min_cols}: {row!r}",
                              source=f"resources/{name}")
        yield n, row


def _check(ok: bool, name: str, n: int, reason: str) -> None:
    if not ok:
        raise ConfigError(f"row {n}: {reason}", source=f"resources/{name}")


def _date(value: str, name: str, n: int) -> str | None:
    d = _opt(value)
    _check(d is None or bool(_DATE.match(d)), name, n, f"bad date {value!r}")
    return d


def _put(table: dict[str, T], surfaces: Iterable[str], info: T) -> None:
    """Register surfaces; the first registration of a key wins."""
    for s in surfaces:
        k = key(s)
        if k and k not in table:
            table[k] = info


# ---------------------------------------------------------------- loaders


def _load_titles(lex: Lexicon) -> None:
    name = "titles.tsv"
    for n, row in _rows(name, 3):
        title, english, category, *variants = row
        _check(category in TITLE_CATEGORIES, name, n, f"unknown category {category!r}")
        info = TitleInfo(key(title), english, category)
        _put(lex.titles, [title, *variants], info)
    lex.title_words = {k.split(" ", 1)[0] for k in lex.titles}


def _load_honorifics(lex: Lexicon) -> None:
    forms: set[str] = set()
    for _, row in _rows("honorifics.tsv", 1):
        h = key(row[0])
        forms.add(h)
        if h[:1].islower():
            forms.add(h[:1].upper() + h[1:])
    lex.honorifics = tuple(sorted(forms, key=lambda s: (-len(s.split()), -len(s), s)))


def _load_family_names(lex: Lexicon) -> None:
    for _, row in _rows("family_names.tsv", 1):
        lex.family_names.update(key(c) for c in row if c and c != EMPTY)


def _load_countries(lex: Lexicon) -> None:
    name = "countries.tsv"
    for n, row in _rows(name, 4):
        code, vn, english, adjectives, *variants = row
        _check(len(code) == 2 and code.isupper(), name, n, f"bad ISO code {code!r}")
        info = CountryInfo(code, key(vn), english)
        _put(lex.countries, [vn, english, *variants], info)
        _put(lex.demonyms, _multi(adjectives), info)
        lex.english.setdefault(info.name, english)


def _load_places(lex: Lexicon) -> None:
    name = "places.tsv"
    for n, row in _rows(name, 6):
        pname, kind, country, valid_until, merged_into, english, *variants = row
        _check(kind in PLACE_KINDS, name, n, f"unknown kind {kind!r}")
        merged = _opt(merged_into)
        info = PlaceInfo(key(pname), kind, _opt(country), _date(valid_until, name, n),
                         key(merged) if merged else None)
        surfaces = [pname, *variants]
        eng = _opt(english)
        if eng:
            surfaces.append(eng)
            lex.english.setdefault(info.name, eng)
        _put(lex.places, surfaces, info)
        if info.merged_into:
            lex.merged_from.setdefault(info.merged_into, ())
            lex.merged_from[info.merged_into] += (info.name,)


def _load_organizations(lex: Lexicon) -> None:
    name = "organizations.tsv"
    for n, row in _rows(name, 5):
        oname, kind, country, acronyms, english, *variants = row
        _check(kind in ORG_KINDS, name, n, f"unknown kind {kind!r}")
        acr = tuple(key(a) for a in _multi(acronyms))
        info = OrgInfo(key(oname), acr, _opt(country), kind)
        surfaces = [oname, *acr, *variants]
        eng = _opt(english)
        if eng:
            surfaces.append(eng)
            lex.english.setdefault(info.name, eng)
        _put(lex.organizations, surfaces, info)


def _parse_roles(value: str, name: str, n: int) -> tuple[tuple[str, str | None, str | None], ...]:
    roles = []
    for item in value.split(";"):
        if not item.strip():
            continue
        parts = [p.strip() for p in item.split("|")]
        _check(len(parts) == 3, name, n, f"role {item!r} is not 'title|start|end'")
        roles.append((key(parts[0]), _date(parts[1], name, n), _date(parts[2], name, n)))
    return tuple(roles)


def _load_actors(lex: Lexicon) -> None:
    name = "actors.tsv"
    for n, row in _rows(name, 4):
        aname, english, country, roles, *aliases = row
        _check(country == "IGO" or (len(country) == 2 and country.isupper()), name, n,
               f"bad country {country!r}")
        eng = _opt(english)
        canonical = key(aname)
        alias_keys = tuple(k for k in dict.fromkeys(key(a) for a in [*aliases, *([eng] if eng else [])])
                           if k and k != canonical)
        actor = Actor(canonical, alias_keys, country, _parse_roles(roles, name, n))
        _put(lex.actors, [canonical, *alias_keys], actor)
        if eng:
            lex.english.setdefault(actor.name, eng)


def _load_ambiguous(lex: Lexicon) -> None:
    for _, row in _rows("ambiguous.tsv", 1):
        lex.ambiguous.add(key(row[0]))


def load() -> Lexicon:
    """Read every resource file (uncached; use :func:`lexicon`)."""
    lex = Lexicon()
    _load_titles(lex)
    _load_honorifics(lex)
    _load_family_names(lex)
    _load_countries(lex)
    _load_places(lex)
    _load_organizations(lex)
    _load_actors(lex)
    _load_ambiguous(lex)
    tables: list[dict[str, Any]] = [
        lex.countries, lex.places, lex.organizations, lex.actors,
        lex.titles, lex.demonyms,
    ]
    for table in tables:
        for k in table:
            lex.folded.setdefault(k.casefold(), k)
    lex.max_words = max(
        (len(k.split()) for t in tables[:4] for k in t), default=0)
    return lex


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon, loaded once per process."""
    return load()
