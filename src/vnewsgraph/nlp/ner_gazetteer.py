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
from typing import Any

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


# Fixed order in which kinds are tried (ties in length go to the earlier kind).
ORDER = (TITLE, HON, COUNTRY, ORG, ACTOR, PLACE, ORG_HEAD, LOC_HEAD, MISC_HEAD)
_END = "\x00"  # terminal key in the token tries (no token contains it)

Trie = dict[str, Any]


@dataclass
class Gazetteer:
    """Two token tries over every phrase: exact tokens, and case-folded tokens."""

    trie: Trie = field(default_factory=dict)
    ftrie: Trie = field(default_factory=dict)
    family_names: frozenset[str] = frozenset()
    ambiguous: frozenset[str] = frozenset()
    org_acronyms: dict[str, str] = field(default_factory=dict)  # acronym -> canonical org name
    from_lexicon: bool = False
    lower_triggers: set[str] = field(default_factory=set)  # lower-case first words of heads/honorifics

    def add(self, surface: str, kind: str, canonical: str, country: str | None = None,
            extra: str | None = None) -> None:
        toks = tuple(t.text for t in tokenize(normalize_tones(surface)))
        if not toks or (kind in (ORG, PLACE, COUNTRY) and len(toks) > 1 and toks[-1] in _PRONOUNS):
            return  # "Đảng ta", "nước ta": a reference, not a name
        entry = Entry(toks, tuple(t.casefold() for t in toks), kind, canonical, country, extra)
        if kind in (HON, LOC_HEAD, ORG_HEAD) and toks[0][:1].islower():
            self.lower_triggers.add(toks[0])
        node = self.trie
        for t in toks:
            node = node.setdefault(t, {})
        node.setdefault(_END, {}).setdefault(kind, entry)  # the first registration wins
        if len(toks) > 1:
            node = self.ftrie
            for t in entry.folded:
                node = node.setdefault(t, {})
            node.setdefault(_END, {}).setdefault(kind, []).append(entry)

    def finish(self) -> None:
        """Kept for symmetry with loaders; the tries need no post-processing."""

    @property
    def first_words(self) -> set[str]:
        return set(self.trie) | set(self.ftrie)

    def match_all(self, texts: list[str], folded: list[str], i: int,
                  end: int) -> tuple[dict[str, Entry], dict[str, Entry]]:
        """Per kind, the longest exact match at ``i`` and the longest exact-or-case-folded one.

        A case-folded match needs two or more tokens and an exact first token
        ("Đảng nhân dân Campuchia", "Ban chấp hành Trung ương").
        """
        exact: dict[str, Entry] = {}
        node = self.trie.get(texts[i])
        j = i + 1
        while node is not None:
            term = node.get(_END)
            if term is not None:
                exact.update(term)
            if j >= end:
                break
            node = node.get(texts[j])
            j += 1
        node = self.ftrie.get(folded[i])
        if node is None:
            return exact, exact
        loose = dict(exact)
        t0 = texts[i]
        j = i + 1
        while j < end:
            node = node.get(folded[j])
            j += 1
            if node is None:
                break
            term = node.get(_END)
            if term is not None:
                n = j - i
                for kind, entries in term.items():
                    for e in entries:
                        if e.tokens[0] == t0:
                            old = loose.get(kind)
                            if old is None or len(old.tokens) < n:
                                loose[kind] = e
                            break
        return exact, loose

    def match(self, texts: list[str], folded: list[str], i: int, end: int,
              kinds: frozenset[str], fold: bool = True) -> Entry | None:
        """Longest entry of one of ``kinds`` starting at token ``i`` (before ``end``)."""
        exact, loose = self.match_all(texts, folded, i, end)
        table = loose if fold else exact
        best: Entry | None = None
        for kind in ORDER:
            e = table.get(kind) if kind in kinds else None
            if e is not None and (best is None or len(e.tokens) > len(best.tokens)):
                best = e
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
        gz.add(s, ORG, g.STANDALONE_CANONICAL.get(s, s))
    for h in g.ORG_HEADS:
        gz.add(h, ORG_HEAD, h)
    for h in g.LOC_HEADS:
        gz.add(h, LOC_HEAD, h)
    for h in g.MISC_HEADS:
        gz.add(h, MISC_HEAD, h)
    for h in g.LOWER_ORG_HEADS:
        gz.add(h, ORG_HEAD, h)
    gz.lower_triggers |= g.PLACE_PREPS | g.LOWER_MISC_FIRST
    gz.finish()
    return gz


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The phrase index, built once per process."""
    return build()
