"""Token-level phrase index over the shared lexicon and the recogniser's grammar lists.

Every surface form is tokenised with the pipeline's own tokenizer, so a match
is a comparison of token texts.  Lookups go through a dict keyed by the first
token (exact and case-folded), so matching at a position costs one dict lookup
plus a comparison per candidate of that first word.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import lru_cache

from vnewsgraph.nlp import ner_grammar as g
from vnewsgraph.nlp.tokens import tokenize
from vnewsgraph.normalize.unicode import normalize_tones

log = logging.getLogger(__name__)

# Kinds of phrase in the index.
TITLE, HON, COUNTRY, PLACE, ORG, ACTOR, ORG_HEAD, LOC_HEAD, MISC_HEAD = (
    "title", "hon", "country", "place", "org", "actor", "org_head", "loc_head", "misc_head")
_PRONOUNS = frozenset({"ta", "mình", "bạn", "họ", "này", "đó"})
ENTITY_KINDS = frozenset({COUNTRY, PLACE, ORG, ACTOR})
TYPE_OF = {COUNTRY: "LOCATION", PLACE: "LOCATION", ORG: "ORGANIZATION", ACTOR: "PERSON"}


@dataclass(frozen=True, slots=True)
class Entry:
    tokens: tuple[str, ...]
    folded: tuple[str, ...]
    kind: str
    canonical: str  # canonical name (entities) or the title/honorific itself
    country: str | None = None
    extra: str | None = None  # org kind, place kind, title category


@dataclass
class Gazetteer:
    exact: dict[str, list[Entry]] = field(default_factory=dict)
    folded: dict[str, list[Entry]] = field(default_factory=dict)
    family_names: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()
    org_acronyms: dict[str, str] = field(default_factory=dict)  # acronym -> canonical org name
    from_lexicon: bool = False

    def add(self, surface: str, kind: str, canonical: str, country: str | None = None,
            extra: str | None = None) -> None:
        toks = tuple(t.text for t in tokenize(normalize_tones(surface)))
        if not toks or (kind in (ORG, PLACE, COUNTRY) and len(toks) > 1 and toks[-1] in _PRONOUNS):
            return  # "Đảng ta", "nước ta": a reference, not a name
        entry = Entry(toks, tuple(t.casefold() for t in toks), kind, canonical, country, extra)
        bucket = self.exact.setdefault(toks[0], [])
        if any(e.tokens == toks and e.kind == kind for e in bucket):
            return
        bucket.append(entry)
        self.folded.setdefault(entry.folded[0], []).append(entry)

    def finish(self) -> None:
        for table in (self.exact, self.folded):
            for bucket in table.values():
                bucket.sort(key=lambda e: -len(e.tokens))

    def match(self, texts: list[str], folded: list[str], i: int, end: int,
              kinds: frozenset[str], fold: bool = True) -> Entry | None:
        """Longest entry of one of ``kinds`` starting at token ``i`` (before ``end``).

        An exact match wins over a case-insensitive one of the same length; the
        case-insensitive match needs two or more tokens and an exact first token
        ("Đảng nhân dân Campuchia", "Ban chấp hành Trung ương").
        """
        best: Entry | None = None
        for e in self.exact.get(texts[i], ()):
            n = len(e.tokens)
            if e.kind in kinds and i + n <= end and (best is None or n > len(best.tokens)):
                if all(texts[i + k] == e.tokens[k] for k in range(1, n)):
                    best = e
                    break  # buckets are sorted longest first
        if fold:
            for e in self.folded.get(folded[i], ()):
                n = len(e.tokens)
                if best is not None and n <= len(best.tokens):
                    break
                if n < 2 or e.kind not in kinds or i + n > end or texts[i] != e.tokens[0]:
                    continue
                if all(folded[i + k] == e.folded[k] for k in range(1, n)):
                    best = e
                    break
        return best


def _add_lexicon(gz: Gazetteer) -> bool:
    try:
        from vnewsgraph.nlp.lexicon import lexicon
        lex = lexicon()
    except Exception as exc:  # noqa: BLE001 - the lexicon is optional; fall back to the core lists
        log.info("shared lexicon unavailable (%s); using the recogniser's core lists", exc)
        return False
    for surface, t in lex.titles.items():
        gz.add(surface, TITLE, t.title, extra=t.category)
    for h in lex.honorifics:
        gz.add(h, HON, h)
    for surface, c in lex.countries.items():
        gz.add(surface, COUNTRY, c.name, c.code)
    for surface, p in lex.places.items():
        gz.add(surface, PLACE, p.name, p.country, p.kind)
    for surface, o in lex.organizations.items():
        gz.add(surface, ORG, o.name, o.country, o.kind)
        for a in o.acronyms:
            gz.org_acronyms.setdefault(a, o.name)
    for surface, actor in lex.actors.items():
        gz.add(surface, ACTOR, actor.name, actor.country)
    gz.family_names = frozenset(gz.family_names | lex.family_names)
    gz.ambiguous = frozenset(gz.ambiguous | lex.ambiguous)
    return True


def build() -> Gazetteer:
    gz = Gazetteer(family_names=g.FAMILY_NAMES)
    gz.from_lexicon = _add_lexicon(gz)
    for t in g.TITLES:
        gz.add(t, TITLE, t)
    for h in g.HONORIFICS:
        gz.add(h, HON, h)
    for code, name, variants in g.COUNTRIES:
        for s in (name, *variants):
            gz.add(s, COUNTRY, name, code)
    for name, country, variants in g.PLACES:
        for s in (name, *variants):
            gz.add(s, PLACE, name, country)
    for name, country, variants in g.ORGANIZATIONS:
        for s in (name, *variants):
            gz.add(s, ORG, name, country)
        for v in variants:
            if v.isupper():
                gz.org_acronyms.setdefault(v, name)
    for s in g.STANDALONE_ORGS:
        gz.add(s, ORG, s)
    for h in g.ORG_HEADS:
        gz.add(h, ORG_HEAD, h)
    for h in g.LOC_HEADS:
        gz.add(h, LOC_HEAD, h)
    for h in g.MISC_HEADS:
        gz.add(h, MISC_HEAD, h)
    gz.finish()
    return gz


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The phrase index, built once per process."""
    return build()
