"""The ASGI app: REST API under /api, web pages at /, OpenAPI at /openapi.json, docs at /docs.

``create_app(settings=None, store=None)`` opens the store named by the settings
when none is given. Tests may pass ``repo=`` (anything with the Repository
methods) and ``fetch=`` (how URLs are fetched).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from vnewsgraph import __version__
from vnewsgraph.api.deps import AppContext, Fetcher
from vnewsgraph.api.routers.read import build_read_router
from vnewsgraph.api.routers.write import build_write_router
from vnewsgraph.config import Settings
from vnewsgraph.errors import FetchError, InputError, StoreError, TooLargeError, VnewsgraphError

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).resolve().parent.parent / "web" / "static"


def _make_fetch(settings: Settings) -> Fetcher:
    """A polite fetcher for this app (its settings, its seen-state file), made on first use.

    One URL list is read at a time, so per-host delays and robots rules hold
    across concurrent requests.
    """
    lock = threading.Lock()
    reader: Any = None

    def fetch(url: str) -> Iterator[Any]:
        nonlocal reader
        from vnewsgraph.ingest.fetch import Fetcher as HttpFetcher
        from vnewsgraph.ingest.fetch_state import FetchState, default_state_path, normalise_state_path
        from vnewsgraph.ingest.web import WebReader

        with lock:
            if reader is None:
                state = FetchState(normalise_state_path(default_state_path(settings)))
                reader = WebReader(HttpFetcher(settings, state=state), state)
            yield from reader.read(url)

    return fetch


def _open(settings: Settings, store: Any | None, repo: Any | None) -> tuple[Any, Any, bool]:
    owns = False
    if repo is None:
        from vnewsgraph.kb.query import Repository
        from vnewsgraph.kb.store import open_store

        if store is None:
            store = open_store(settings.db)
            owns = True
        repo = Repository(store)
    return store, repo, owns


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return (
        path.startswith("/api")
        or path.endswith(".json")
        or request.query_params.get("format") == "json"
        or path.startswith("/static")
        or "text/html" not in request.headers.get("accept", "")
    )


def _error_response(request: Request, status: int, code: str, message: str, detail: Any = None) -> Response:
    if not _wants_json(request):
        templates = getattr(request.app.state, "templates", None)
        if templates is not None:
            return templates.TemplateResponse(
                request,
                "error.html",
                {"status": status, "code": code, "message": message},
                status_code=status,
            )
    body: dict[str, Any] = {"error": code, "message": message}
    if detail is not None:
        body["detail"] = detail
    return JSONResponse(body, status_code=status)


def _status_of(exc: VnewsgraphError) -> int:
    if isinstance(exc, TooLargeError):
        return 413
    if isinstance(exc, FetchError | InputError):
        return 422 if isinstance(exc, FetchError) else 400
    if isinstance(exc, StoreError):
        return 409
    return 400


def _describe_validation(errors: list[Any]) -> str:
    parts = []
    for err in errors[:5]:
        loc = ".".join(str(x) for x in err.get("loc", ()) if x != "body") or "input"
        parts.append(f"{loc}: {err.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid input"


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(VnewsgraphError)
    async def _vnews(request: Request, exc: VnewsgraphError) -> Response:
        return _error_response(request, _status_of(exc), exc.code, str(exc))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> Response:
        from fastapi.encoders import jsonable_encoder

        errors = list(exc.errors())
        detail = jsonable_encoder(
            [{k: e.get(k) for k in ("loc", "msg", "type")} for e in errors], custom_encoder={bytes: repr}
        )
        return _error_response(request, 422, "invalid-input", _describe_validation(errors), detail)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> Response:
        codes = {401: "unauthorized", 403: "forbidden", 404: "not-found", 405: "method-not-allowed"}
        message = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
        if exc.status_code == 404 and message == "Not Found":
            message = f"nothing at {request.url.path!r}"
        resp = _error_response(request, exc.status_code, codes.get(exc.status_code, "http-error"), message)
        for key, value in (exc.headers or {}).items():
            resp.headers[key] = value
        return resp

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return _error_response(request, 500, "internal", "internal error (logged on the server)")


# Pages load scripts and styles only from /static; data blocks are inert JSON. /docs keeps
# Swagger UI's own inline start-up script, so it gets a policy that allows just that.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
CSP_DOCS = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")


def _install_security_headers(app: FastAPI) -> None:
    @app.middleware("http")
    async def _headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Content-Security-Policy", CSP_DOCS if request.url.path == "/docs" else CSP)
        return response


def _install_docs(app: FastAPI) -> None:
    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="vnewsgraph API",
            swagger_js_url="/static/swagger/swagger-ui-bundle.js",
            swagger_css_url="/static/swagger/swagger-ui.css",
            swagger_favicon_url="/static/favicon.svg",
            swagger_ui_parameters={"validatorUrl": None, "tryItOutEnabled": False},
        )


def create_app(
    settings: Settings | None = None,
    store: Any | None = None,
    *,
    repo: Any | None = None,
    fetch: Fetcher | None = None,
) -> FastAPI:
    """Build the app over ``store`` (or the store named by ``settings.db``)."""
    settings = settings or Settings.load()
    store, repo, owns = _open(settings, store, repo)
    ctx = AppContext(settings=settings, repo=repo, store=store, fetch=fetch or _make_fetch(settings), owns_store=owns)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if ctx.owns_store and ctx.store is not None and hasattr(ctx.store, "close"):
            ctx.store.close()

    app = FastAPI(
        title="vnewsgraph",
        version=__version__,
        description=(
            "A cited, queryable knowledge base of Vietnamese news: entities, events, figures and their sources.\n\n"
            "* Reads (`GET /api/...`) are open unless the server sets `VNEWSGRAPH_READ_KEY`.\n"
            "* Writes (`POST /api/ingest`, `DELETE /api/documents/{id}`) need the key set in "
            "`VNEWSGRAPH_API_KEY`, sent in the `X-API-Key` header; with no key configured they are disabled (403).\n"
            "* Lists take `limit` (1..max page size) and `offset` (>= 0). Bad input gets a 4xx with "
            "`{error, message}`.\n"
            "* Every web page has a JSON twin: `/entities/{id}.json` or `?format=json`."
        ),
        docs_url=None,
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.ctx = ctx
    _install_error_handlers(app)
    _install_security_headers(app)
    _install_docs(app)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    app.include_router(build_read_router(settings))
    app.include_router(build_write_router())

    from vnewsgraph.web.login import build_login_router
    from vnewsgraph.web.views import build_web_router, make_templates

    app.state.templates = make_templates()
    app.include_router(build_login_router())
    app.include_router(build_web_router(settings))
    return app
