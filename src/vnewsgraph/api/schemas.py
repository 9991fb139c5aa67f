"""Request and response bodies of the REST API (pydantic), for validation and OpenAPI."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

from vnewsgraph.api.validation import URL_PATTERN


def _check_url(value: str) -> str:
    """An http(s) URL that parses, with a host (brackets, ports and all)."""
    try:
        parts = urlsplit(value)
        host, _port = parts.hostname, parts.port
    except ValueError as exc:
        raise ValueError(f"not a valid URL: {exc}") from None
    if parts.scheme not in ("http", "https") or not host:
        raise ValueError("not an http(s) URL with a host")
    return value


HttpUrl = Annotated[str, Field(pattern=URL_PATTERN), AfterValidator(_check_url)]


class ArticleIn(BaseModel):
    """One article to extract and store."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text (plain text)")
    title: str | None = Field(default=None, max_length=1000)
    url: HttpUrl | None = Field(default=None, description="Where the article was published")
    published: dt.date | None = Field(default=None, description="Publication date, YYYY-MM-DD")
    outlet: str | None = Field(default=None, max_length=200)


class UrlListIn(BaseModel):
    """Article URLs to fetch, extract and store."""

    model_config = ConfigDict(extra="forbid")

    urls: list[HttpUrl] = Field(min_length=1, max_length=50)


class IngestItem(BaseModel):
    source: str | None = None
    document_id: str | None = None
    status: Literal["new", "unchanged", "duplicate", "error"]
    duplicate_of: str | None = None
    error: str | None = None


class IngestOut(BaseModel):
    items: list[IngestItem]
    stored: int = Field(description="How many inputs were stored as new documents")
    failed: int


class DeleteOut(BaseModel):
    deleted: bool
    id: str


class ErrorOut(BaseModel):
    error: str = Field(description="A stable error code")
    message: str = Field(description="What was wrong, naming the input")
    detail: Any = None


class Page(BaseModel):
    """A page of a list: items plus total, limit and offset."""

    model_config = ConfigDict(extra="allow")

    items: list[dict[str, Any]]
    total: int | None = None
    limit: int | None = None
    offset: int | None = None


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut, "description": "Bad input"},
    401: {"model": ErrorOut, "description": "A key is needed"},
    404: {"model": ErrorOut, "description": "Not found"},
    422: {"model": ErrorOut, "description": "Invalid parameters"},
}


# ---------------------------------------------------------------- read shapes (contract/KB.md)
# Lenient on purpose: every model keeps extra fields, and only what KB.md names is declared.


class _Open(BaseModel):
    model_config = ConfigDict(extra="allow")


class StatsOut(_Open):
    documents: int = 0
    entities: int = 0
    events: int = 0
    facts: int = 0
    sources: int | None = None
    latest_published: str | None = None


class TitleSpan(_Open):
    title: str | None = None
    first_seen: str | None = None
    last_seen: str | None = None


class EntityRef(_Open):
    id: str | None = None
    name: str | None = None
    type: str | None = None


class ParticipantOut(EntityRef):
    role: str | None = None


class CooccurringOut(EntityRef):
    count: int | None = None


class DocumentOut(_Open):
    id: str
    source: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    duplicate_of: str | None = None


class SourceOut(_Open):
    document: str | None = None
    outlet: str | None = None
    published: str | None = None
    evidence: str | None = None
    evidence_start: int | None = None
    evidence_end: int | None = None


class FactSourceOut(SourceOut):
    value: int | float | None = None
    qualifier: str | None = None


class EntityOut(_Open):
    id: str
    name: str
    type: str | None = None
    country: str | None = None
    aliases: list[str] = Field(default_factory=list)
    titles: list[TitleSpan] = Field(default_factory=list)
    documents: Any = Field(default=None, description="Number of documents that mention the entity")


class EventOut(_Open):
    id: str
    type: str | None = None
    cameo: str | None = None
    date: str | None = None
    status: str | None = None
    location: EntityRef | None = None
    participants: list[ParticipantOut] = Field(default_factory=list)
    sources: list[SourceOut] = Field(default_factory=list)


class EntityDetailOut(EntityOut):
    events: list[EventOut] = Field(default_factory=list, description="Related events, newest first")
    cooccurring: list[CooccurringOut] = Field(default_factory=list)


class FactOut(_Open):
    id: str
    indicator: str | None = None
    subjects: list[str] = Field(default_factory=list)
    period: str | None = None
    unit: str | None = None
    kind: str | None = None
    value: int | float | None = None
    agreement: str | None = Field(default=None, description="single | agree | conflict")
    sources: list[FactSourceOut] = Field(default_factory=list)
    target: dict[str, Any] | None = Field(default=None, description="The matching target, with progress")


class DocumentDetailOut(DocumentOut):
    text: str | None = None
    entities: list[dict[str, Any]] = Field(default_factory=list)
    facts: list[dict[str, Any]] = Field(default_factory=list)
    events: list[dict[str, Any]] = Field(default_factory=list)


class SearchHitOut(_Open):
    kind: str
    id: str
    title: str | None = None
    name: str | None = None
    snippet: str | None = Field(default=None, description="HTML-escaped text with <mark> around hits")
    score: float | None = None


class GraphNodeOut(EntityRef):
    weight: float | None = None


class GraphEdgeOut(_Open):
    source: str
    target: str
    weight: float | None = None
    events: list[str] = Field(default_factory=list)


class GraphOut(_Open):
    nodes: list[GraphNodeOut]
    edges: list[GraphEdgeOut]


class _PageOut(_Open):
    total: int | None = None
    limit: int | None = None
    offset: int | None = None


class EntityPage(_PageOut):
    items: list[EntityOut]


class EventPage(_PageOut):
    items: list[EventOut]


class FactPage(_PageOut):
    items: list[FactOut]


class DocumentPage(_PageOut):
    items: list[DocumentOut]


class SearchPage(_PageOut):
    items: list[SearchHitOut]


class TimelineOut(_Open):
    items: list[EventOut]
