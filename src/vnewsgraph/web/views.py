"""Web pages. Each page has a JSON twin: ``/x/{id}.json`` or ``?format=json`` returns its data.

The views only validate parameters, call the query layer (the same Repository
as the REST API) and hand its dicts to autoescaped Jinja2 templates.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path as FsPath
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape

from vnewsgraph.api import validation as v
from vnewsgraph.api.deps import get_repo, require_read
from vnewsgraph.config import Settings
from vnewsgraph.web import render

TEMPLATE_DIR = FsPath(__file__).resolve().parent / "templates"

Repo = Annotated[Any, Depends(get_repo)]
Fmt = Annotated[str | None, Query(alias="format", pattern=r"^(html|json)$", description="html (default) or json")]
Page = Annotated[int, Query(ge=1, le=100_000, description="Page number, from 1")]
EntityId = Annotated[str, Path(pattern=v.ID_PATTERN)]
EventId = Annotated[str, Path(pattern=v.ID_PATTERN)]
FactId = Annotated[str, Path(pattern=v.ID_PATTERN)]
DocumentId = Annotated[str, Path(pattern=v.DOCUMENT_ID_PATTERN)]
Text = Annotated[str | None, Query(max_length=v.MAX_QUERY_CHARS)]
Kind = Annotated[str | None, Query(pattern=v.TYPE_PATTERN)]
Date = Annotated[str | None, Query(pattern=v.DATE_PATTERN)]
PAGE_SIZE = 25
FACTS_PAGE_SIZE = 100  # claims are grouped by indicator: a page holds many


def make_templates() -> Jinja2Templates:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATE_DIR)),
        autoescape=select_autoescape(["html", "xml", "svg"], default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(link=render.link, snippet=render.safe_snippet, num=render.format_number,
                       evidence=render.highlight_evidence, progress_of=render.progress_of,
                       event_title=render.event_title, unit=render.format_unit,
                       source_label=render.source_label, snippet_text=render.snippet_text,
                       fact_evidence=render.fact_evidence, kinds=render.KINDS)
    return Jinja2Templates(env=env)


def _page(request: Request, template: str, data: dict[str, Any], as_json: bool, **extra: Any) -> Response:
    if as_json or request.query_params.get("format") == "json":
        return JSONResponse(data)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, template, {"data": data, **extra})


def _found(value: dict[str, Any] | None, what: str, ident: str) -> dict[str, Any]:
    if value is None:
        raise HTTPException(status_code=404, detail=f"no {what} with id {ident!r}")
    return value


def _pages(result: dict[str, Any], page: int, size: int = PAGE_SIZE) -> dict[str, Any]:
    total = result.get("total")
    last = max(1, -(-int(total) // size)) if isinstance(total, int) else None
    has_next = page < last if last is not None else len(result.get("items", [])) == size
    return {"page": page, "last": last, "has_next": has_next}


def group_facts(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Claims grouped by indicator; per (subjects, unit, kind) series a chart when there are several periods."""
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for f in items:
        groups[str(f.get("indicator") or "(không rõ chỉ tiêu)")].append(f)
    out = []
    for indicator, claims in groups.items():
        series: dict[tuple[str, str, str], list[tuple[str, float]]] = defaultdict(list)
        for c in claims:
            if c.get("period") and isinstance(c.get("value"), int | float):
                key = (",".join(map(str, c.get("subjects") or [])), str(c.get("unit") or ""), str(c.get("kind") or ""))
                series[key].append((str(c["period"]), float(c["value"])))
        charts = [
            {"subjects": k[0], "unit": k[1], "kind": k[2], "svg": render.line_chart(pts, k[1])}
            for k, pts in series.items()
            if len({p for p, _ in pts}) >= 2
        ]
        out.append({"indicator": indicator, "claims": claims, "charts": charts})
    return out


def build_web_router(settings: Settings) -> APIRouter:
    r = APIRouter(dependencies=[Depends(require_read)], tags=["web"])

    @r.get("/", summary="Home page: what the store holds, latest events, most-mentioned entities")
    def home(request: Request, repo: Repo, format: Fmt = None) -> Response:
        data = {
            "stats": repo.stats(),
            "events": repo.list_events(limit=10).get("items", []),
            "entities": repo.list_entities(limit=15).get("items", []),
        }
        return _page(request, "home.html", data, False)

    @r.get("/search", summary="Search page (diacritics optional)")
    def search(request: Request, repo: Repo, q: Text = None, page: Page = 1, format: Fmt = None) -> Response:
        query = v.clean_text_param(q, "q")
        result: dict[str, Any] = {"items": [], "total": 0}
        if query:
            result = repo.search(query, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        data = {"q": query or "", **result}
        return _page(request, "search.html", data, False, pages=_pages(result, page), q=query or "")

    def entities_page(request: Request, repo: Any, query: str | None, type: str | None, page: int, as_json: bool) -> Response:
        q = v.clean_text_param(query, "query")
        result = repo.list_entities(query=q, type=type.upper() if type else None, limit=PAGE_SIZE,
                                    offset=(page - 1) * PAGE_SIZE)
        return _page(request, "entities.html", {"query": q or "", "type": type or "", **result}, as_json,
                     pages=_pages(result, page))

    @r.get("/entities.json", summary="Entities list (JSON twin)")
    def entities_json(request: Request, repo: Repo, query: Text = None, type: Kind = None, page: Page = 1) -> Response:
        return entities_page(request, repo, query, type, page, True)

    @r.get("/entities", summary="Entities list")
    def entities(request: Request, repo: Repo, query: Text = None, type: Kind = None, page: Page = 1,
                 format: Fmt = None) -> Response:
        return entities_page(request, repo, query, type, page, False)

    def entity_page(request: Request, repo: Any, entity_id: str, as_json: bool) -> Response:
        ent = dict(_found(repo.get_entity(entity_id), "entity", entity_id))
        ent["timeline"] = repo.timeline(entity=entity_id).get("items", [])
        ent["graph"] = repo.graph(entity=entity_id, limit=40)
        return _page(request, "entity.html", ent, as_json)

    @r.get("/entities/{entity_id}.json", summary="Entity page data (JSON twin)")
    def entity_json(request: Request, repo: Repo, entity_id: EntityId) -> Response:
        return entity_page(request, repo, entity_id, True)

    @r.get("/entities/{entity_id}", summary="Entity page: names, titles over time, timeline, graph")
    def entity(request: Request, repo: Repo, entity_id: EntityId, format: Fmt = None) -> Response:
        return entity_page(request, repo, entity_id, False)

    def events_page(request: Request, repo: Any, type: str | None, entity: str | None, since: str | None,
                    until: str | None, page: int, as_json: bool) -> Response:
        ent = v.clean_text_param(entity, "entity")
        result = repo.list_events(type=type.upper() if type else None, entity=ent, since=since, until=until,
                                  limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        filters = {"type": type or "", "entity": ent or "", "since": since or "", "until": until or ""}
        return _page(request, "events.html", {**filters, **result}, as_json, pages=_pages(result, page))

    @r.get("/events.json", summary="Events list (JSON twin)")
    def events_json(request: Request, repo: Repo, type: Kind = None, entity: Text = None, since: Date = None,
                    until: Date = None, page: Page = 1) -> Response:
        return events_page(request, repo, type, entity, since, until, page, True)

    @r.get("/events", summary="Events list, filtered by type, entity and dates")
    def events(request: Request, repo: Repo, type: Kind = None, entity: Text = None, since: Date = None,
               until: Date = None, page: Page = 1, format: Fmt = None) -> Response:
        return events_page(request, repo, type, entity, since, until, page, False)

    @r.get("/events/{event_id}.json", summary="Event page data (JSON twin)")
    def event_json(request: Request, repo: Repo, event_id: EventId) -> Response:
        return _page(request, "event.html", _found(repo.get_event(event_id), "event", event_id), True)

    @r.get("/events/{event_id}", summary="Event page: type, CAMEO code, date, place, participants, sources")
    def event(request: Request, repo: Repo, event_id: EventId, format: Fmt = None) -> Response:
        return _page(request, "event.html", _found(repo.get_event(event_id), "event", event_id), False)

    def facts_page(request: Request, repo: Any, query: str | None, entity: str | None, kind: str | None,
                   page: int, as_json: bool) -> Response:
        q, ent = v.clean_text_param(query, "query"), v.clean_text_param(entity, "entity")
        result = repo.list_facts(query=q, entity=ent, kind=kind.lower() if kind else None, limit=FACTS_PAGE_SIZE,
                                 offset=(page - 1) * FACTS_PAGE_SIZE)
        data = {"query": q or "", "entity": ent or "", "kind": kind or "", **result}
        if as_json or request.query_params.get("format") == "json":
            return JSONResponse(data)
        return _page(request, "facts.html", data, False, groups=group_facts(result.get("items", [])),
                     pages=_pages(result, page, FACTS_PAGE_SIZE))

    @r.get("/facts.json", summary="Figures (JSON twin)")
    def facts_json(request: Request, repo: Repo, query: Text = None, entity: Text = None, kind: Kind = None,
                   page: Page = 1) -> Response:
        return facts_page(request, repo, query, entity, kind, page, True)

    @r.get("/facts", summary="Figures: claims by indicator, sources side by side, conflicts, targets")
    def facts(request: Request, repo: Repo, query: Text = None, entity: Text = None, kind: Kind = None,
              page: Page = 1, format: Fmt = None) -> Response:
        return facts_page(request, repo, query, entity, kind, page, False)

    @r.get("/facts/{fact_id}.json", summary="One claim (JSON twin)")
    def fact_json(request: Request, repo: Repo, fact_id: FactId) -> Response:
        return _page(request, "fact.html", _found(repo.get_fact(fact_id), "fact", fact_id), True)

    @r.get("/facts/{fact_id}", summary="One claim with its sources")
    def fact(request: Request, repo: Repo, fact_id: FactId, format: Fmt = None) -> Response:
        return _page(request, "fact.html", _found(repo.get_fact(fact_id), "fact", fact_id), False)

    @r.get("/documents.json", summary="Documents list (JSON twin)")
    def documents_json(request: Request, repo: Repo, page: Page = 1) -> Response:
        return _page(request, "documents.html", repo.list_documents(limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE),
                     True)

    @r.get("/documents", summary="Documents list")
    def documents(request: Request, repo: Repo, page: Page = 1, format: Fmt = None) -> Response:
        result = repo.list_documents(limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return _page(request, "documents.html", result, False, pages=_pages(result, page))

    def document_page(request: Request, repo: Any, document_id: str, as_json: bool) -> Response:
        doc = _found(repo.get_document(document_id), "document", document_id)
        if as_json or request.query_params.get("format") == "json":
            return JSONResponse(doc)
        body = render.highlight_text(str(doc.get("text") or ""), render.collect_highlights(doc))
        return _page(request, "document.html", doc, False, body=body)

    @r.get("/documents/{document_id}.json", summary="Document page data (JSON twin)")
    def document_json(request: Request, repo: Repo, document_id: DocumentId) -> Response:
        return document_page(request, repo, document_id, True)

    @r.get("/documents/{document_id}", summary="The article with entities, figures and events highlighted")
    def document(request: Request, repo: Repo, document_id: DocumentId, format: Fmt = None) -> Response:
        return document_page(request, repo, document_id, False)

    def timeline_page(request: Request, repo: Any, entity: str | None, since: str | None, until: str | None,
                      as_json: bool) -> Response:
        result = repo.timeline(entity=entity, since=since, until=until, limit=500)
        data = {"entity": entity or "", "since": since or "", "until": until or "", **result}
        return _page(request, "timeline.html", data, as_json)

    @r.get("/timeline.json", summary="Timeline (JSON twin)")
    def timeline_json(request: Request, repo: Repo, entity: Annotated[str | None, Query(pattern=v.ID_PATTERN)] = None,
                      since: Date = None, until: Date = None) -> Response:
        return timeline_page(request, repo, entity, since, until, True)

    @r.get("/timeline", summary="Timeline of events, optionally of one entity and between dates")
    def timeline(request: Request, repo: Repo, entity: Annotated[str | None, Query(pattern=v.ID_PATTERN)] = None,
                 since: Date = None, until: Date = None, format: Fmt = None) -> Response:
        return timeline_page(request, repo, entity, since, until, False)

    @r.get("/graph", summary="Graph of entities linked by shared events")
    def graph(request: Request, repo: Repo, limit: Annotated[int, Query(ge=1, le=300)] = 80,
              format: Fmt = None) -> Response:
        return _page(request, "graph.html", repo.graph(limit=limit), False)

    return r
