"""Polite HTTP fetching: robots.txt, a per-host delay, timeouts, retries, a size cap.

:class:`Fetcher` fetches one URL at a time with a clear User-Agent
(``Settings.user_agent``). Before each request it checks the host's
robots.txt (cached in the fetch state for a day; ``Crawl-delay`` honoured)
and waits ``fetch_delay`` seconds since the last request to that host.
Network errors, timeouts, 429 and 5xx answers are retried ``fetch_retries``
times with exponential back-off; other 4xx answers are not. Bodies larger
than ``fetch_max_bytes`` are refused (by Content-Length, or cut off while
streaming). Redirects are followed by hand (at most 5) so that each hop is
checked against robots.txt and a loop is reported as such.
"""

from __future__ import annotations

import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx

from vnewsgraph.config import Settings
from vnewsgraph.errors import FetchError
from vnewsgraph.ingest.fetch_state import FetchState

MAX_REDIRECTS = 5
MAX_RETRY_AFTER = 60.0


class HttpFetchError(FetchError):
    """A fetch failure; ``transient`` when trying again later may succeed."""

    def __init__(
        self,
        reason: str,
        source: str | None = None,
        *,
        transient: bool = False,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> None:
        self.transient = transient
        self.status = status
        self.retry_after = retry_after
        super().__init__(reason, source)


@dataclass(slots=True)
class Response:
    url: str  # final URL, after redirects
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").lower()

    @property
    def charset(self) -> str | None:
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key == "charset" and value:
                return value.strip("\"' ")
        return None


def origin_of(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


class Fetcher:
    """Fetches URLs politely; one instance per run keeps per-host timing."""

    def __init__(
        self,
        settings: Settings | None = None,
        state: FetchState | None = None,
        *,
        backoff: float = 1.0,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.settings = settings or Settings.load()
        self.user_agent = str(self.settings.user_agent)
        self.timeout = float(self.settings.fetch_timeout)
        self.delay = float(self.settings.fetch_delay)
        self.retries = max(0, int(self.settings.fetch_retries))
        self.max_bytes = int(self.settings.fetch_max_bytes)
        self.state = state if state is not None else FetchState(":memory:")
        self.backoff = backoff
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self._robots_errors: dict[str, str] = {}
        self.requests = 0
        self.client = httpx.Client(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=httpx.Timeout(self.timeout),
            follow_redirects=False,
            transport=transport,
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- politeness ------------------------------------------------------------
    def _wait_turn(self, url: str) -> None:
        origin = origin_of(url)
        delay = self.delay
        robots = self._robots.get(origin)
        if robots is not None:
            crawl_delay = robots.crawl_delay(self.user_agent)
            if crawl_delay:
                delay = max(delay, float(crawl_delay))
        last = self._last.get(origin)
        if last is not None:
            remaining = last + delay - time.monotonic()
            if remaining > 0:
                self._sleep(remaining)
        self._last[origin] = time.monotonic()

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        """The host's robots.txt rules (None: everything allowed)."""
        origin = origin_of(url)
        if origin in self._robots:
            return self._robots[origin]
        if origin in self._robots_errors:  # unreachable earlier in this run: fail fast
            raise HttpFetchError(self._robots_errors[origin], url, transient=True)
        cached = self.state.robots(origin)
        if cached is None:
            robots_url = origin + "/robots.txt"
            try:
                resp = self._request(robots_url, {}, cap=500_000)
            except HttpFetchError as exc:
                if exc.status is not None and 400 <= exc.status < 500:
                    cached = (exc.status, "")
                else:
                    # RFC 9309: an unreachable robots.txt means "assume complete disallow".
                    reason = f"robots.txt could not be read ({exc.reason}); not fetching"
                    self._robots_errors[origin] = reason
                    raise HttpFetchError(reason, url, transient=True) from exc
            else:
                cached = (resp.status, resp.body.decode("utf-8", "replace"))
            self.state.save_robots(origin, *cached)
        status, body = cached
        parser: urllib.robotparser.RobotFileParser | None = None
        if 200 <= status < 300 and body.strip():
            parser = urllib.robotparser.RobotFileParser()
            parser.parse(body.splitlines())
        self._robots[origin] = parser
        return parser

    def allowed(self, url: str) -> bool:
        robots = self._robots_for(url)
        return robots is None or robots.can_fetch(self.user_agent, url)

    # -- requests --------------------------------------------------------------
    def get(self, url: str, *, etag: str | None = None, last_modified: str | None = None) -> Response:
        """GET ``url`` following redirects; raises :class:`HttpFetchError`.

        With ``etag``/``last_modified`` the request is conditional and a 304
        answer comes back as a Response whose ``not_modified`` is true.
        """
        if urlsplit(url).scheme not in ("http", "https"):
            raise HttpFetchError("only http and https URLs can be fetched", url)
        headers: dict[str, str] = {}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        visited: list[str] = []
        current = url
        while True:
            if current in visited:
                raise HttpFetchError(f"redirect loop ({' -> '.join(visited + [current])})", url)
            if len(visited) > MAX_REDIRECTS:
                raise HttpFetchError(f"more than {MAX_REDIRECTS} redirects", url)
            visited.append(current)
            if not self.allowed(current):
                raise HttpFetchError("disallowed by robots.txt", current)
            resp = self._request_with_retries(current, headers)
            if resp.status in (301, 302, 303, 307, 308):
                location = resp.headers.get("location")
                if not location:
                    raise HttpFetchError(f"HTTP {resp.status} redirect without a Location", current)
                current = urljoin(current, location)
                continue
            return resp

    def _request_with_retries(self, url: str, headers: dict[str, str]) -> Response:
        attempt = 0
        while True:
            try:
                return self._request(url, headers, cap=self.max_bytes)
            except HttpFetchError as exc:
                if not exc.transient or attempt >= self.retries:
                    raise
                wait = self.backoff * (2**attempt)
                if exc.retry_after:
                    wait = max(wait, exc.retry_after)
                attempt += 1
                self._sleep(wait)

    def _request(self, url: str, headers: dict[str, str], *, cap: int) -> Response:
        self._wait_turn(url)
        self.requests += 1
        deadline = time.monotonic() + self.timeout * 2
        try:
            with self.client.stream("GET", url, headers=headers) as r:
                resp = Response(url=str(r.url), status=r.status_code, headers={k.lower(): v for k, v in r.headers.items()})
                if r.status_code in (301, 302, 303, 304, 307, 308):
                    return resp
                if r.status_code >= 400:
                    transient = r.status_code == 429 or r.status_code >= 500
                    raise HttpFetchError(
                        f"HTTP {r.status_code} {r.reason_phrase}".strip(),
                        url,
                        transient=transient,
                        status=r.status_code,
                        retry_after=_retry_after(resp.headers.get("retry-after")),
                    )
                length = resp.headers.get("content-length", "")
                if length.isdigit() and int(length) > cap:
                    raise HttpFetchError(f"body is {int(length):,} bytes, over the limit of {cap:,}", url)
                chunks: list[bytes] = []
                size = 0
                for chunk in r.iter_bytes():
                    size += len(chunk)
                    if size > cap:
                        raise HttpFetchError(f"body is over the limit of {cap:,} bytes", url)
                    if time.monotonic() > deadline:
                        raise HttpFetchError(f"timed out after {self.timeout * 2:g} s reading the body", url, transient=True)
                    chunks.append(chunk)
                resp.body = b"".join(chunks)
                return resp
        except httpx.TimeoutException as exc:
            raise HttpFetchError(f"timed out after {self.timeout:g} s ({type(exc).__name__})", url, transient=True) from exc
        except httpx.TransportError as exc:
            raise HttpFetchError(f"network error: {exc}", url, transient=True) from exc
        except httpx.HTTPError as exc:
            raise HttpFetchError(f"HTTP error: {exc}", url) from exc


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(0.0, when.timestamp() - time.time()), MAX_RETRY_AFTER)
