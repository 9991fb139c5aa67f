"""RSS and Atom feeds (feedparser): which bodies are feeds, and their entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from vnewsgraph.errors import MalformedInputError

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/feed+json")


@dataclass(slots=True)
class FeedEntry:
    link: str
    title: str | None = None
    published: dt.date | None = None
    summary: str | None = None


def looks_like_feed(body: bytes, content_type: str = "") -> bool:
    """True for an RSS/Atom/RDF document (by media type or by its first element)."""
    ctype = content_type.split(";")[0].strip().lower()
    if ctype in FEED_TYPES:
        return True
    if "html" in ctype:
        return False
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if b"<html" in head or head.startswith(b"<!doctype html"):
        return False
    return any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except (AttributeError, ValueError):
                continue
    return None


def parse_feed(body: bytes, url: str) -> list[FeedEntry]:
    """The entries of a feed with an absolute link each, in feed order.

    A feed that does not parse at all raises :class:`MalformedInputError`; a
    slightly broken one (feedparser's "bozo") still gives what it could read.
    """
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": url})
    entries = list(parsed.get("entries") or [])
    if parsed.get("bozo") and not entries:
        reason = parsed.get("bozo_exception")
        raise MalformedInputError(f"feed does not parse: {reason}", url)
    if not entries and not parsed.get("version"):
        raise MalformedInputError("not an RSS or Atom feed", url)
    out: list[FeedEntry] = []
    seen: set[str] = set()
    for entry in entries:
        link = entry.get("link") or ""
        if not link:
            for alt in entry.get("links") or []:
                if alt.get("href") and alt.get("rel", "alternate") == "alternate":
                    link = alt["href"]
                    break
        if not link:
            continue
        link = urljoin(url, link.strip())
        if link in seen:
            continue
        seen.add(link)
        out.append(
            FeedEntry(
                link=link,
                title=(entry.get("title") or "").strip() or None,
                published=_entry_date(entry),
                summary=(entry.get("summary") or "").strip() or None,
            )
        )
    if not out and parsed.get("bozo"):
        raise MalformedInputError(f"feed does not parse: {parsed.get('bozo_exception')}", url)
    return out
