"""Central objects: what came in (Article) and the normalised, annotated Document.

Plain dataclasses, no I/O. Every annotation is a character span into
``Document.text``; ``Document.offset_map`` maps each text position back to the
raw article text.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Any


@dataclass(slots=True)
class Article:
    """An input article, untouched apart from decoding to ``str``."""

    raw_text: str
    source: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    # A partial date ("2026-02") known from the source: gives year and month
    # for resolving relative dates but no publication day.
    date_hint: str | None = None
    url: str | None = None
    encoding: str | None = None
    # Offset of raw_text's first character in the file's decoded text, when a
    # header was cut off (so offsets can be traced back to the file).
    raw_offset: int = 0
    extra: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True, frozen=True)
class Span:
    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(slots=True)
class Sentence:
    start: int
    end: int


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    # "word" | "number" | "punct" | "abbrev" | "symbol"
    kind: str = "word"

    @property
    def is_upper_initial(self) -> bool:
        return bool(self.text) and self.text[0].isupper()


@dataclass(slots=True)
class Mention:
    """A typed span found by a component (an entity mention, a title…)."""

    start: int
    end: int
    label: str
    score: float = 1.0
    component: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Timex:
    """A time expression with its resolved ISO value (day, month or year precision)."""

    start: int
    end: int
    value: str | None  # "2026-02-06", "2026-02", "2026", "2026-01/2026-06" or None
    precision: str = "day"  # day | month | year | range | relative
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Quantity:
    """A number with its unit as written, before it becomes a fact."""

    start: int
    end: int
    value: float
    unit: str | None
    qualifier: str = "exact"
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Entity:
    id: str
    name: str
    type: str  # PERSON | ORGANIZATION | LOCATION | MISC
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    country: str | None = None
    kb_id: str | None = None
    mentions: list[Span] = field(default_factory=list)
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "titles": list(self.titles),
            "country": self.country,
            "kb_id": self.kb_id,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Change:
    value: float
    unit: str = "%"
    direction: str | None = None  # up | down | None
    qualifier: str | None = "exact"
    reference: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "unit": self.unit,
            "direction": self.direction,
            "qualifier": self.qualifier,
            "reference": self.reference,
        }


@dataclass(slots=True)
class Fact:
    value: float
    unit: str
    qualifier: str
    kind: str
    indicator: str | None
    subjects: list[str]
    period: str | None
    evidence: Span
    change: Change | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: float | int = self.value
        if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
            value = int(value)
        record: dict[str, Any] = {
            "value": value,
            "unit": self.unit,
            "qualifier": self.qualifier,
            "kind": self.kind,
            "indicator": self.indicator,
            "subjects": list(self.subjects),
            "period": self.period,
            "change": self.change.to_dict() if self.change else None,
            "evidence": self.evidence.to_dict(),
        }
        # Extra fields (the contract welcomes them): a range's upper bound, and the
        # direction and reference period of a growth rate stated on its own.
        if self.attrs.get("high") is not None:
            record["value_high"] = self.attrs["high"]
        for key in ("direction", "reference"):
            if self.attrs.get(key) is not None:
                record[key] = self.attrs[key]
        return record


@dataclass(slots=True)
class Participant:
    entity: str
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"entity": self.entity, "role": self.role}


@dataclass(slots=True)
class Event:
    type: str  # VISIT | MEETING | AGREEMENT | AID | STATEMENT | OTHER
    cameo: str | None
    participants: list[Participant]
    date: str | None
    location: str | None
    status: str  # occurred | planned | ongoing
    evidence: Span
    attrs: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "cameo": self.cameo,
            "participants": [p.to_dict() for p in self.participants],
            "date": self.date,
            "location": self.location,
            "status": self.status,
            "evidence": self.evidence.to_dict(),
        }


@dataclass
class Document:
    """The normalised text and everything the pipeline found in it."""

    text: str
    offset_map: list[int]  # len(text) + 1 entries: text index -> raw_text index
    article: Article
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    timexes: list[Timex] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    components: list[tuple[str, str]] = field(default_factory=list)  # (name, version) that ran
    attrs: dict[str, Any] = field(default_factory=dict)

    @property
    def id(self) -> str:
        return "sha256:" + hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def published(self) -> dt.date | None:
        return self.article.published

    @property
    def reference_date(self) -> dt.date | None:
        """The date relative expressions are resolved against (publication date,
        or the first day of a partial ``date_hint`` month/year), or None."""
        if self.article.published:
            return self.article.published
        hint = self.article.date_hint
        if hint:
            parts = hint.split("-")
            try:
                year = int(parts[0])
                month = int(parts[1]) if len(parts) > 1 else 1
                return dt.date(year, month, 1)
            except (ValueError, IndexError):
                return None
        return None

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Map a span of ``text`` back to ``article.raw_text``."""
        return self.offset_map[start], self.offset_map[end]

    def span_text(self, span: Span | Mention | Sentence | Timex | Quantity) -> str:
        return self.text[span.start : span.end]

    def sentence_at(self, pos: int) -> Sentence | None:
        """The sentence containing text index ``pos`` (binary search)."""
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid]
            if pos < s.start:
                hi = mid - 1
            elif pos >= s.end:
                lo = mid + 1
            else:
                return s
        return None

    @property
    def title(self) -> str | None:
        if self.article.title:
            return self.article.title
        if self.sentences:
            first = self.sentences[0]
            return self.text[first.start : first.end][:200]
        return None
