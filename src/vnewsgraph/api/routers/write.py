"""Write endpoints: ingest an article (JSON) or a list of URLs, delete a document. Need the API key."""

from __future__ import annotations

import logging
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Request

from vnewsgraph.api import validation as v
from vnewsgraph.api.deps import AppContext, context, require_write
from vnewsgraph.api.schemas import ERROR_RESPONSES, ArticleIn, DeleteOut, IngestItem, IngestOut, UrlListIn
from vnewsgraph.errors import InputError, StoreError, TooLargeError
from vnewsgraph.ingest.jsonl import article_from_record
from vnewsgraph.model import Article

log = logging.getLogger(__name__)

WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **ERROR_RESPONSES,
    403: {"description": "Writes are disabled (no API key configured)"},
    413: {"description": "The article is too large"},
}


def _store(ctx: AppContext) -> Any:
    if ctx.store is None or not hasattr(ctx.store, "ingest_article"):
        raise HTTPException(status_code=403, detail="this server has no writable store")
    return ctx.store


def _result_item(result: Any, source: str | None) -> IngestItem:
    get = result.get if isinstance(result, dict) else lambda k, d=None: getattr(result, k, d)
    return IngestItem(
        source=source,
        document_id=get("document_id"),
        status=get("status", "new"),
        duplicate_of=get("duplicate_of"),
    )


def _ingest_one(ctx: AppContext, article: Article) -> IngestItem:
    size = len(article.raw_text.encode("utf-8"))
    if size > int(ctx.settings.max_input_bytes):
        raise TooLargeError(f"article is {size} bytes, at most {ctx.settings.max_input_bytes}", "text")
    result = _store(ctx).ingest_article(article)
    return _result_item(result, article.url or article.source)


def _ingest_url(ctx: AppContext, url: str) -> list[IngestItem]:
    """Every new article at ``url`` (a page or a feed), each stored before the next is fetched."""
    items: list[IngestItem] = []
    try:
        for got in ctx.fetch(url):
            if isinstance(got, InputError):
                items.append(IngestItem(source=url, status="error", error=str(got)))
                continue
            try:
                items.append(_ingest_one(ctx, got))
            except (InputError, StoreError) as exc:
                items.append(IngestItem(source=got.url or url, status="error", error=str(exc)))
    except InputError as exc:
        items.append(IngestItem(source=url, status="error", error=str(exc)))
    if not items:
        items.append(IngestItem(source=url, status="unchanged", error=None))  # nothing new since last time
    return items


def build_write_router() -> APIRouter:
    r = APIRouter(prefix="/api", dependencies=[Depends(require_write)], responses=WRITE_RESPONSES)

    @r.post("/ingest", tags=["ingest"], summary="Extract and store an article (JSON) or fetch a list of URLs")
    def ingest(body: ArticleIn | UrlListIn, request: Request) -> IngestOut:
        ctx = context(request)
        items: list[IngestItem] = []
        if isinstance(body, ArticleIn):
            if not body.text.strip():
                raise InputError("the article text is empty", "text")
            record = body.model_dump()
            record["published"] = body.published.isoformat() if body.published else None
            art = article_from_record(record, body.url or "api:ingest")
            if isinstance(art, InputError):
                raise art
            items.append(_ingest_one(ctx, art))
        else:
            for url in body.urls:
                items.extend(_ingest_url(ctx, url))
        stored = sum(1 for i in items if i.status == "new")
        failed = sum(1 for i in items if i.status == "error")
        return IngestOut(items=items, stored=stored, failed=failed)

    @r.delete("/documents/{document_id}", tags=["documents"], summary="Delete a document and what only it supports")
    def delete_document(
        document_id: Annotated[str, Path(pattern=v.DOCUMENT_ID_PATTERN)], request: Request
    ) -> DeleteOut:
        repo = context(request).repo
        if not repo.delete_document(document_id):
            raise HTTPException(status_code=404, detail=f"no document with id {document_id!r}")
        return DeleteOut(deleted=True, id=document_id)

    return r
