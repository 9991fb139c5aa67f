"""What every request shares: settings, the store, the query layer; key checks."""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import HTTPException, Request, Security
from fastapi.security import APIKeyHeader

from vnewsgraph.config import Settings
from vnewsgraph.errors import InputError
from vnewsgraph.model import Article

API_KEY_HEADER = "X-API-Key"
# Browsers cannot send a header: /login stores the read key in this cookie (reads only, never writes).
READ_COOKIE = "vnewsgraph_read_key"
# Declared so that OpenAPI (and the Authorize button of /docs) knows about the key.
api_key_header = APIKeyHeader(
    name=API_KEY_HEADER,
    auto_error=False,
    scheme_name="ApiKey",
    description="Writes need VNEWSGRAPH_API_KEY; reads need VNEWSGRAPH_READ_KEY (or the write key) when one is set.",
)

# Fetches one URL and yields articles or typed errors (vnewsgraph.ingest.web.read_url).
Fetcher = Callable[[str], Iterator[Article | InputError]]


@dataclass
class AppContext:
    settings: Settings
    repo: Any  # vnewsgraph.kb.query.Repository (or anything with its methods)
    store: Any | None  # vnewsgraph.kb.store.Store: ingest_article, close
    fetch: Fetcher
    owns_store: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


def context(request: Request) -> AppContext:
    ctx: AppContext = request.app.state.ctx
    return ctx


def get_repo(request: Request) -> Any:
    return context(request).repo


def _key_matches(given: str | None, expected: str) -> bool:
    return bool(given) and hmac.compare_digest(str(given).encode(), expected.encode())


def can_read_with(settings: Settings, given: str | None) -> bool:
    """Whether ``given`` opens reads: the read key, or the write key."""
    if not settings.read_key:
        return True
    return _key_matches(given, settings.read_key) or bool(settings.api_key and _key_matches(given, settings.api_key))


def require_read(request: Request, key: str | None = Security(api_key_header)) -> None:
    """Reads are open unless ``read_key`` is set; then the read key (or the write key) is needed."""
    settings = context(request).settings
    if can_read_with(settings, key):
        return
    if can_read_with(settings, request.cookies.get(READ_COOKIE)):
        return
    raise HTTPException(
        status_code=401,
        detail=f"reading needs a key: send it in the {API_KEY_HEADER} header (or sign in at /login)",
    )


def require_write(request: Request, key: str | None = Security(api_key_header)) -> None:
    """Writes need ``api_key``; with none configured, writes over HTTP are disabled."""
    api_key: str = context(request).settings.api_key
    if not api_key:
        raise HTTPException(
            status_code=403,
            detail="writes are disabled: no API key is configured (set VNEWSGRAPH_API_KEY)",
        )
    if not _key_matches(key, api_key):
        raise HTTPException(status_code=401, detail=f"writing needs the API key in the {API_KEY_HEADER} header")
