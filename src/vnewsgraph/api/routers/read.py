"""Read endpoints under /api: thin — validate, call the query layer, return its dicts."""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query

from vnewsgraph.api import schemas as o
from vnewsgraph.api import validation as v
from vnewsgraph.api.deps import get_repo, require_read
from vnewsgraph.api.schemas import ERROR_RESPONSES
from vnewsgraph.config import Settings

Repo = Annotated[Any, Depends(get_repo)]
EntityId = Annotated[str, Path(pattern=v.ID_PATTERN, description="An entity id (ent_…)")]
EventId = Annotated[str, Path(pattern=v.ID_PATTERN, description="An event id (evt_…)")]
FactId = Annotated[str, Path(pattern=v.ID_PATTERN, description="A claim id (clm_…)")]
DocumentId = Annotated[str, Path(pattern=v.DOCUMENT_ID_PATTERN, description="A document id (sha256:…)")]
TextParam = Query(max_length=v.MAX_QUERY_CHARS)
DateParam = Query(pattern=v.DATE_PATTERN, description="YYYY, YYYY-MM or YYYY-MM-DD")
TypeParam = Query(pattern=v.TYPE_PATTERN)


def found(value: dict[str, Any] | None, what: str, ident: str) -> dict[str, Any]:
    if value is None:
        raise HTTPException(status_code=404, detail=f"no {what} with id {ident!r}")
    return value


def build_read_router(settings: Settings) -> APIRouter:
    """Routes are built per app so that the page-size bounds come from its settings."""
    max_limit = int(settings.max_page_size)
    default_limit = max(1, min(int(settings.page_size), max_limit))
    Limit = Annotated[int, Query(ge=1, le=max_limit, description=f"Page size, 1..{max_limit}")]
    Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Items to skip, >= 0")]
    r = APIRouter(prefix="/api", dependencies=[Depends(require_read)], responses=ERROR_RESPONSES)

    @r.get("/stats", response_model=o.StatsOut, response_model_exclude_unset=True, tags=["store"], summary="What the store holds")
    def stats(repo: Repo) -> dict[str, Any]:
        return dict(repo.stats())

    @r.get("/documents", response_model=o.DocumentPage, response_model_exclude_unset=True, tags=["documents"], summary="Stored documents, newest first")
    def documents(repo: Repo, limit: Limit = default_limit, offset: Offset = 0) -> dict[str, Any]:
        return dict(repo.list_documents(limit=limit, offset=offset))

    @r.get("/documents/{document_id}", response_model=o.DocumentDetailOut, response_model_exclude_unset=True, tags=["documents"], summary="One document with its text and annotations")
    def document(document_id: DocumentId, repo: Repo) -> dict[str, Any]:
        return found(repo.get_document(document_id), "document", document_id)

    @r.get("/entities", response_model=o.EntityPage, response_model_exclude_unset=True, tags=["entities"], summary="Entities, most documents first")
    def entities(
        repo: Repo,
        query: Annotated[str | None, TextParam] = None,
        type: Annotated[str | None, TypeParam] = None,
        limit: Limit = default_limit,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        q = v.clean_text_param(query, "query")
        return dict(repo.list_entities(query=q, type=type.upper() if type else None, limit=limit, offset=offset))

    @r.get("/entities/{entity_id}", response_model=o.EntityDetailOut, response_model_exclude_unset=True, tags=["entities"], summary="An entity: titles over time, events, co-occurring entities")
    def entity(entity_id: EntityId, repo: Repo) -> dict[str, Any]:
        return found(repo.get_entity(entity_id), "entity", entity_id)

    @r.get("/events", response_model=o.EventPage, response_model_exclude_unset=True, tags=["events"], summary="Events, filtered by type, entity and date range")
    def events(
        repo: Repo,
        type: Annotated[str | None, TypeParam] = None,
        entity: Annotated[str | None, TextParam] = None,
        since: Annotated[str | None, DateParam] = None,
        until: Annotated[str | None, DateParam] = None,
        limit: Limit = default_limit,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        ent = v.clean_text_param(entity, "entity")
        return dict(
            repo.list_events(
                type=type.upper() if type else None, entity=ent, since=since, until=until, limit=limit, offset=offset
            )
        )

    @r.get("/events/{event_id}", response_model=o.EventOut, response_model_exclude_unset=True, tags=["events"], summary="An event with participants and every source")
    def event(event_id: EventId, repo: Repo) -> dict[str, Any]:
        return found(repo.get_event(event_id), "event", event_id)

    @r.get("/facts", response_model=o.FactPage, response_model_exclude_unset=True, tags=["facts"], summary="Claims (figures) with sources, agreement and target progress")
    def facts(
        repo: Repo,
        query: Annotated[str | None, TextParam] = None,
        entity: Annotated[str | None, TextParam] = None,
        kind: Annotated[str | None, TypeParam] = None,
        limit: Limit = default_limit,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        q = v.clean_text_param(query, "query")
        ent = v.clean_text_param(entity, "entity")
        return dict(repo.list_facts(query=q, entity=ent, kind=kind.lower() if kind else None, limit=limit, offset=offset))

    @r.get("/facts/{fact_id}", response_model=o.FactOut, response_model_exclude_unset=True, tags=["facts"], summary="One claim with its sources")
    def fact(fact_id: FactId, repo: Repo) -> dict[str, Any]:
        return found(repo.get_fact(fact_id), "fact", fact_id)

    @r.get("/search", response_model=o.SearchPage, response_model_exclude_unset=True, tags=["search"], summary="Full-text search; diacritics optional ('to lam' finds 'Tô Lâm')")
    def search(
        repo: Repo,
        q: Annotated[str, Query(min_length=1, max_length=v.MAX_QUERY_CHARS)],
        limit: Limit = 20,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        query = v.clean_text_param(q, "q")
        if not query:
            raise HTTPException(status_code=422, detail="q: the search words are empty")
        return dict(repo.search(query, limit=min(limit, max_limit), offset=offset))

    @r.get("/timeline", response_model=o.TimelineOut, response_model_exclude_unset=True, tags=["events"], summary="Event summaries sorted by date")
    def timeline(
        repo: Repo,
        entity: Annotated[str | None, Query(max_length=v.MAX_QUERY_CHARS, description="An entity id or name")] = None,
        since: Annotated[str | None, DateParam] = None,
        until: Annotated[str | None, DateParam] = None,
        limit: Annotated[int, Query(ge=1, le=max(max_limit, 1000))] = 200,
    ) -> dict[str, Any]:
        ent = v.clean_text_param(entity, "entity")
        return dict(repo.timeline(entity=ent, since=since, until=until, limit=limit))

    @r.get("/graph", response_model=o.GraphOut, response_model_exclude_unset=True, tags=["entities"], summary="Entities linked by shared events (nodes and edges)")
    def graph(
        repo: Repo,
        entity: Annotated[str | None, Query(max_length=v.MAX_QUERY_CHARS, description="Centre on this entity (id or name)")] = None,
        limit: Annotated[int, Query(ge=1, le=max_limit)] = 100,
    ) -> dict[str, Any]:
        ent = v.clean_text_param(entity, "entity")
        return dict(repo.graph(entity=ent, limit=limit))

    return r
