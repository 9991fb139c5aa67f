"""HTML article pages: main text via trafilatura; title, date and outlet from the page's own metadata.

Publication metadata is taken only where the page states it, in this order:

* date: ``<meta property="article:published_time">`` (and the usual
  ``itemprop``/``name`` variants), JSON-LD ``datePublished``, then
  trafilatura's date found in the markup (never from a search of the text);
* outlet: ``<meta property="og:site_name">``, JSON-LD ``publisher.name``, a
  known outlet's URL domain (``outlet_from_url``), then trafilatura's site name;
* title: ``og:title``, JSON-LD ``headline``, then trafilatura's title.

Known outlets are given their canonical name (``vnexpress`` → ``VnExpress``).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from typing import Any

from vnewsgraph.errors import MalformedInputError
from vnewsgraph.ingest.dates import parse_published
from vnewsgraph.ingest.files import canonical_outlet
from vnewsgraph.model import Article

MAX_JSONLD_BYTES = 1_000_000
MIN_WORDS = 3  # fewer words than this is a menu or a caption, not an article
ARTICLE_TYPES = {"newsarticle", "article", "reportagenewsarticle", "analysisnewsarticle", "blogposting",
                 "opinionnewsarticle", "backgroundnewsarticle", "webpage", "liveblogposting"}
_DATE_META = ("article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
              "publish-date", "dc.date.issued", "dcterms.created", "dc.date", "date", "sailthru.date",
              "parsely-pub-date", "article.published")
_SITE_META = ("og:site_name", "application-name", "dc.publisher", "publisher")


def _meta(tree: Any) -> dict[str, str]:
    """Lower-cased ``property``/``name``/``itemprop`` -> first non-empty ``content``."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        value = el.get("content") or el.get("datetime")
        if key and value and value.strip():
            found.setdefault(key.strip().lower(), " ".join(value.split()))
    for el in tree.iter("time"):
        if (el.get("itemprop") or "").lower() == "datepublished" and el.get("datetime"):
            found.setdefault("datepublished", el.get("datetime").strip())
    for el in tree.iter("link"):
        if (el.get("rel") or "").lower() == "canonical" and el.get("href"):
            found.setdefault("canonical", el.get("href").strip())
    return found


def _walk_jsonld(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    if depth > 8:
        return
    if isinstance(node, list):
        for item in node:
            yield from _walk_jsonld(item, depth + 1)
    elif isinstance(node, dict):
        yield node
        if "@graph" in node:
            yield from _walk_jsonld(node["@graph"], depth + 1)


def _jsonld(tree: Any) -> dict[str, Any]:
    """The first article-like JSON-LD object on the page (empty when none parses)."""
    for el in tree.iter("script"):
        if (el.get("type") or "").strip().lower() != "application/ld+json" or not el.text:
            continue
        if len(el.text) > MAX_JSONLD_BYTES:
            continue
        try:
            data = json.loads(el.text.strip().rstrip(";"))
        except (ValueError, RecursionError):
            continue  # malformed JSON-LD is common: ignore it
        for obj in _walk_jsonld(data):
            types = obj.get("@type")
            names = {t.lower() for t in (types if isinstance(types, list) else [types]) if isinstance(t, str)}
            if names & ARTICLE_TYPES and (obj.get("datePublished") or obj.get("publisher") or obj.get("headline")):
                return obj
    return {}


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and len(value) <= 120:
        return " ".join(value.split())
    return None


def page_metadata(html: str) -> dict[str, Any]:
    """``title``, ``outlet``, ``published``, ``date_hint`` and ``url`` stated in the page (absent when not)."""
    import lxml.html
    from lxml.etree import ParserError

    try:
        tree = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ParserError, ValueError):
        return {}
    meta = _meta(tree)
    ld = _jsonld(tree)
    found: dict[str, Any] = {}
    for value in [*(meta.get(k) for k in _DATE_META if k != "date"), ld.get("datePublished"), meta.get("date")]:
        published, hint = parse_published(value)
        if published or hint:
            found["published"], found["date_hint"] = published, hint
            break
    outlet = next((v for v in (*(meta.get(k) for k in _SITE_META), _name(ld.get("publisher"))) if v), None)
    if outlet:
        found["outlet"] = outlet
    title = meta.get("og:title") or _name(ld.get("headline"))
    if title:
        found["title"] = title
    url = meta.get("og:url") or meta.get("canonical") or (ld.get("url") if isinstance(ld.get("url"), str) else None)
    if url and re.match(r"https?://", url):
        found["url"] = url
    return found


def article_from_html(html: str, source: str, encoding: str | None = None, url: str | None = None) -> Article:
    """The article of an HTML page, or a MalformedInputError naming ``source``."""
    import trafilatura

    from vnewsgraph.nlp.metadata import outlet_from_url

    if not re.search(r"<[a-zA-Z!]", html[:65536]):
        raise MalformedInputError("not an HTML page (no tags)", source)
    try:
        doc = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        meta = page_metadata(html)
    except (RecursionError, MemoryError) as exc:
        raise MalformedInputError(f"HTML page too deeply nested or too large to parse ({type(exc).__name__})", source) from exc
    except Exception as exc:  # lxml/trafilatura raise many kinds on broken markup
        raise MalformedInputError(f"HTML page could not be parsed: {exc}", source) from exc
    if doc is None:
        raise MalformedInputError("no article text found in the HTML page", source)
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if len(text.split()) < MIN_WORDS:
        raise MalformedInputError("no article text found in the HTML page", source)
    page_url = url or meta.get("url") or data.get("url") or None
    published: dt.date | None = meta.get("published")
    hint: str | None = meta.get("date_hint")
    if published is None and hint is None and data.get("date"):
        published, hint = parse_published(str(data["date"]))
    outlet = meta.get("outlet") or outlet_from_url(page_url) or data.get("sitename") or None
    return Article(
        raw_text=text,
        source=url or source,
        title=meta.get("title") or data.get("title") or None,
        outlet=canonical_outlet(outlet),
        published=published,
        date_hint=hint,
        url=page_url,
        encoding=encoding,
    )
