"""Who and where for events: entity mentions in order, bare titles resolved to
the person who holds them ("Tổng Bí thư đã trao tặng…"), and countries.

The index is read-only over ``doc.entities``; nothing here changes entities.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass

from vnewsgraph.model import Document, Entity

PARTY_TYPES = frozenset({"PERSON", "ORGANIZATION"})
_PLURAL_BEFORE = re.compile(r"(?<!\w)(?:hai|ba|bốn|các|những|nhiều|\d+)\s+$", re.I)
# "trên cương vị Chủ tịch nước", "với tư cách Trưởng đoàn", "là Thủ tướng": a title
# said of someone, not a reference to its holder
_ROLE_BEFORE = re.compile(r"(?<!\w)(?:cương vị|tư cách|chức vụ|chức danh|vai trò|vị trí|là|làm|trở thành|bầu)\s+$",
                          re.I)
_CITY_PREFIX = re.compile(r"^(?:thủ đô|thành phố|tp\.?|tỉnh|huyện|quận|thị xã|xã|đặc khu)\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Ref:
    """One mention of an entity (or a bare title standing for a person)."""

    start: int
    end: int
    entity: str
    type: str
    via_title: bool = False


@functools.lru_cache(maxsize=8192)
def _country_code_of(name: str) -> str | None:
    try:
        from vnewsgraph.nlp.lexicon import lexicon
    except ImportError:  # pragma: no cover - the lexicon ships with the package
        return None
    try:
        return lexicon().country_code(name)
    except Exception:  # a broken lexicon must not stop event extraction
        return None


@functools.lru_cache(maxsize=8192)
def _known_title(text: str) -> bool:
    try:
        from vnewsgraph.nlp.lexicon import lexicon

        return lexicon().title(text) is not None
    except Exception:
        return False


class EntityIndex:
    """Mentions of ``doc.entities`` sorted by offset, with country lookups."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.entities: dict[str, Entity] = {e.id: e for e in doc.entities}
        refs = [Ref(m.start, m.end, e.id, e.type) for e in doc.entities for m in e.mentions]
        refs += self._title_refs(doc, refs)
        refs.sort(key=lambda r: (r.start, -r.end))
        self.refs = refs
        self._starts = [r.start for r in refs]
        self.country_of_entity: dict[str, str] = {}
        self.country_entity: dict[str, str] = {}
        counts: dict[str, int] = {}
        for e in doc.entities:
            if e.type != "LOCATION":
                continue
            code = None
            for form in (e.name, *e.aliases):
                code = _country_code_of(form)
                if code:
                    break
            if code:
                self.country_of_entity[e.id] = code
                if len(e.mentions) > counts.get(code, -1):
                    self.country_entity[code] = e.id
                    counts[code] = len(e.mentions)

    # ------------------------------------------------------------ titles
    @staticmethod
    def _title_refs(doc: Document, refs: list[Ref]) -> list[Ref]:
        """Bare titles ("Tổng Bí thư", "Đại sứ") followed by a predicate, mapped to the
        one person of the document who holds that title."""
        holders: dict[str, set[str]] = {}
        for e in doc.entities:
            if e.type != "PERSON":
                continue
            titles = list(e.titles)
            for m in e.mentions:  # the title written right before the name, as a fallback
                written = _title_before(doc.text, m.start)
                if written:
                    titles.append(written)
            for title in titles:
                words = title.split()
                for n in range(len(words), 1, -1):
                    holders.setdefault(" ".join(words[:n]), set()).add(e.id)
        if not holders:
            return []
        mentions = {e.id: len(e.mentions) for e in doc.entities}
        person_refs = sorted((r.start, r.entity) for r in refs if r.type == "PERSON")
        covered = sorted((r.start, r.end) for r in refs)
        starts = [c[0] for c in covered]
        out: list[Ref] = []
        taken: list[tuple[int, int]] = []
        text = doc.text
        for title in sorted(holders, key=len, reverse=True):
            pos = text.find(title)
            while pos >= 0:
                end = pos + len(title)
                here = pos
                pos = text.find(title, end)
                if (here > 0 and text[here - 1].isalnum()) or (end < len(text) and text[end].isalnum()):
                    continue
                i = bisect.bisect_right(starts, here) - 1
                if i >= 0 and covered[i][1] > here:
                    continue
                if i + 1 < len(starts) and starts[i + 1] < end:
                    continue  # "Chủ tịch Hội đồng châu Âu": the words run into a name
                if any(a < end and here < b for a, b in taken):
                    continue
                if _PLURAL_BEFORE.search(text, max(0, here - 12), here):
                    continue  # "hai Bộ trưởng", "các Đại sứ": not one person
                if _ROLE_BEFORE.search(text, max(0, here - 16), here):
                    continue  # "trên cương vị Chủ tịch nước": a capacity, not a person
                nxt = re.match(r"\s+(\w+)", text[end : end + 30])
                if not nxt or not nxt.group(1)[0].islower():
                    continue  # followed by a name, another title or punctuation
                if _known_title(f"{title} {nxt.group(1)}"):
                    continue  # "Chủ tịch nước": a longer title
                taken.append((here, end))
                out.append(Ref(here, end, _holder(holders[title], person_refs, here, mentions), "PERSON",
                               via_title=True))
        return out

    # ------------------------------------------------------------ lookups
    def persons(self) -> set[str]:
        return {e.id for e in self.doc.entities if e.type == "PERSON"}

    def between(self, start: int, end: int) -> list[Ref]:
        i = bisect.bisect_left(self._starts, start)
        out: list[Ref] = []
        while i < len(self.refs) and self.refs[i].start < end:
            if self.refs[i].end <= end:
                out.append(self.refs[i])
            i += 1
        return out

    def type_of(self, eid: str) -> str:
        e = self.entities.get(eid)
        return e.type if e else "PERSON"

    def is_country(self, eid: str) -> bool:
        return eid in self.country_of_entity and not self.is_city(eid)

    def is_city(self, eid: str) -> bool:
        e = self.entities.get(eid)
        return bool(e and _CITY_PREFIX.match(e.name))

    def home_country(self, eid: str) -> str | None:
        """The country entity of a person or organisation's own country, if the document names it."""
        e = self.entities.get(eid)
        if e is None or e.type == "LOCATION" or not e.country:
            return None
        return self.country_entity.get(e.country.upper())

    def place_country(self, eid: str) -> str | None:
        """The country entity a place lies in (itself for a country)."""
        if eid in self.country_of_entity and not self.is_city(eid):
            return eid
        e = self.entities.get(eid)
        if e is None or not e.country:
            return None
        return self.country_entity.get(e.country.upper())


def _holder(ids: set[str], person_refs: list[tuple[int, str]], pos: int, mentions: dict[str, int]) -> str:
    """Of the people holding a title, the one named last before ``pos`` (else the most mentioned)."""
    if len(ids) == 1:
        return next(iter(ids))
    for _start, eid in reversed(person_refs[: bisect.bisect_left(person_refs, (pos, ""))]):
        if eid in ids:
            return eid
    return max(sorted(ids), key=lambda i: mentions.get(i, 0))


def _title_before(text: str, pos: int) -> str | None:
    """The known title ending right before ``pos`` ("Tổng Bí thư Tô Lâm" -> "Tổng Bí thư")."""
    words = text[max(0, pos - 60) : pos].split()
    for n in range(min(6, len(words)), 1, -1):
        candidate = " ".join(words[-n:])
        if candidate[:1].isupper() and _known_title(candidate):
            return candidate
    return None
