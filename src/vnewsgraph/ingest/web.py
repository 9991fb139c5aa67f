"""Article URLs and RSS/Atom feeds, fetched politely, each new article once.

``read_url(url)`` yields :class:`Article` items for what is new at ``url``
(a page, or the pages a feed links to) and a :class:`FetchError` naming the
URL for each feed or page that failed, then carries on.

What has been seen is remembered in the fetch state (see
:mod:`vnewsgraph.ingest.fetch_state`): a feed is asked for with its ETag /
Last-Modified; an entry whose URL or text hash was handed on before is not
fetched or yielded again. An article is marked seen only when the consumer
asks for the next item — after it stored the article — so an interrupted run
loses nothing: the next run fetches that article again.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Generator, Iterator

from vnewsgraph.errors import FetchError, InputError, MalformedInputError
from vnewsgraph.ingest.feeds import FeedEntry, looks_like_feed, parse_feed
from vnewsgraph.ingest.fetch import Fetcher, HttpFetchError, Response
from vnewsgraph.ingest.fetch_state import FetchState, content_hash, default_state_path, normalise_state_path
from vnewsgraph.model import Article


class WebContentError(FetchError, MalformedInputError):
    """A feed or page was fetched but could not be read (both a FetchError and a MalformedInputError)."""

    code = "malformed"


def as_fetch_error(exc: InputError, url: str) -> FetchError:
    """Every failure at a URL is reported as a FetchError naming that URL."""
    if isinstance(exc, FetchError):
        return exc
    return WebContentError(exc.reason, exc.source or url)


class WebReader:
    """Reads feeds and article pages with one Fetcher and one fetch state."""

    def __init__(self, fetcher: Fetcher | None = None, state: FetchState | None = None, *, remember: bool = True) -> None:
        if fetcher is None:
            state = state if state is not None else FetchState()
            fetcher = Fetcher(state=state)
        self.fetcher = fetcher
        self.state = state if state is not None else fetcher.state
        self.failures = 0
        # False: nothing is skipped or marked seen (for commands that store nothing).
        self.remember = remember
        # Checked before each feed entry is fetched: lets `watch` stop between articles.
        self.should_stop: Callable[[], bool] = lambda: False

    def close(self) -> None:
        self.fetcher.close()
        self.state.close()

    def read(self, url: str) -> Generator[Article | InputError, None, None]:
        """New articles at ``url`` (a feed or a page); failures as FetchError."""
        if self.remember and self.state.seen_url(url):
            return
        etag, last_modified = self.state.validators(url) if self.remember else (None, None)
        try:
            resp = self.fetcher.get(url, etag=etag, last_modified=last_modified)
        except FetchError as exc:
            self.failures += 1
            yield exc
            return
        if resp.not_modified:
            return
        if looks_like_feed(resp.body, resp.content_type):
            yield from self._read_feed(url, resp)
            return
        yield from self._handle_page(url, resp, entry=None)

    def _not_a_page(self, url: str, resp: Response) -> FetchError | None:
        ctype = resp.content_type.split(";")[0].strip()
        if ctype and not any(k in ctype for k in ("html", "xml", "text/plain")):
            return FetchError(f"not an HTML page or a feed ({ctype})", url)
        return None

    # -- feeds -----------------------------------------------------------------
    def _read_feed(self, url: str, resp: Response) -> Iterator[Article | InputError]:
        try:
            entries = parse_feed(resp.body, url)
        except InputError as exc:
            self.failures += 1
            yield as_fetch_error(exc, url)
            return
        transient_failure = False
        for entry in entries:
            if self.should_stop():
                return
            if self.remember and self.state.seen_url(entry.link):
                continue
            try:
                page = self.fetcher.get(entry.link)
            except HttpFetchError as exc:
                self.failures += 1
                transient_failure = transient_failure or exc.transient
                yield exc
                continue
            except FetchError as exc:
                self.failures += 1
                yield exc
                continue
            for item in self._handle_page(entry.link, page, entry=entry, feed=url):
                if isinstance(item, InputError):
                    self.failures += 1
                yield item
        # Only when every entry was dealt with may the next run skip an unchanged feed.
        if self.remember and not transient_failure:
            self.state.save_validators(url, resp.headers.get("etag"), resp.headers.get("last-modified"))

    # -- pages -----------------------------------------------------------------
    def _handle_page(
        self, url: str, resp: Response, entry: FeedEntry | None, feed: str | None = None
    ) -> Iterator[Article | InputError]:
        wrong_type = self._not_a_page(url, resp)
        if wrong_type is not None:
            yield wrong_type
            return
        try:
            article = article_from_response(resp, requested=url)
        except InputError as exc:
            yield as_fetch_error(exc, url)
            return
        if entry is not None:
            if article.published is None and entry.published is not None:
                article.published = entry.published
                article.date_hint = entry.published.isoformat()[:7]
            if not article.title and entry.title:
                article.title = entry.title
        article.extra["fetched_at"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
        if feed:
            article.extra["feed"] = feed
        if not self.remember:
            yield article
            return
        digest = content_hash(article.raw_text)
        if self.state.seen_hash(digest):
            self.state.mark_seen(url, digest, status="same-text")
            return
        yield article
        # Reached when the consumer asks for the next item, i.e. after it stored this one.
        self.state.mark_seen(url, digest)
        if resp.url != url:
            self.state.mark_seen(resp.url, digest)


def article_from_response(resp: Response, requested: str) -> Article:
    """The article in a fetched page, read like a file (``read_bytes``): the charset from the
    Content-Type header or the page's own ``<meta charset>``, legacy Vietnamese encodings
    detected, the main text by trafilatura."""
    from vnewsgraph.ingest.files import read_bytes

    if not resp.body.strip():
        raise MalformedInputError("the page is empty", requested)
    content_type = resp.headers.get("content-type") or None
    for item in read_bytes(resp.body, requested, url=resp.url, content_type=content_type):
        if isinstance(item, InputError):
            raise item
        return item
    raise MalformedInputError("no article found in the page", requested)


_default: WebReader | None = None
_default_lock = threading.Lock()


def _running_command_stores() -> bool:
    """False inside ``vnewsgraph extract``, which stores nothing and so must not mark anything seen."""
    import importlib

    for module in ("typer._click.globals", "click.globals"):  # recent typer vendors click
        try:
            ctx = importlib.import_module(module).get_current_context(silent=True)
        except (ImportError, AttributeError):
            continue
        if ctx is not None:
            return ctx.info_name not in NON_STORING_COMMANDS
    return True


NON_STORING_COMMANDS = frozenset({"extract"})


def default_reader() -> WebReader:
    """One reader per process (per-host delays hold across URLs), on the default fetch state.

    Commands that store what they read (``ingest``, ``watch``) remember it in
    the state file; ``extract`` remembers nothing, so running it again prints
    the same articles again.
    """
    global _default
    remember = _running_command_stores()
    path = normalise_state_path(default_state_path()) if remember else ":memory:"
    with _default_lock:
        if _default is not None and (_default.state.path != path or _default.remember != remember):
            _default.close()
            _default = None
        if _default is None:
            state = FetchState(path)
            _default = WebReader(Fetcher(state=state), state, remember=remember)
        return _default


def reset_default_reader() -> None:
    global _default
    with _default_lock:
        if _default is not None:
            _default.close()
        _default = None


def read_url(url: str) -> Iterator[Article | InputError]:
    """New articles at an article or feed URL; each failure as a FetchError naming its URL."""
    yield from default_reader().read(url)
