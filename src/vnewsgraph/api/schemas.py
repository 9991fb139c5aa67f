"""Request and response bodies of the REST API (pydantic), for validation and OpenAPI."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from vnewsgraph.api.validation import URL_PATTERN


class ArticleIn(BaseModel):
    """One article to extract and store."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text (plain text)")
    title: str | None = Field(default=None, max_length=1000)
    url: str | None = Field(default=None, pattern=URL_PATTERN, description="Where the article was published")
    published: dt.date | None = Field(default=None, description="Publication date, YYYY-MM-DD")
    outlet: str | None = Field(default=None, max_length=200)


class UrlListIn(BaseModel):
    """Article URLs to fetch, extract and store."""

    model_config = ConfigDict(extra="forbid")

    urls: list[Annotated[str, Field(pattern=URL_PATTERN)]] = Field(min_length=1, max_length=50)


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
