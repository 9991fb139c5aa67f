"""HTML article pages: main text, title, date and outlet via trafilatura."""

from __future__ import annotations

import datetime as dt

from vnewsgraph.errors import MalformedInputError
from vnewsgraph.model import Article


def article_from_html(html: str, source: str, encoding: str | None = None, url: str | None = None) -> Article:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    if doc is None:
        raise MalformedInputError("no article text found in the HTML page", source)
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = data.get("text") or ""
    if not text.strip():
        raise MalformedInputError("no article text found in the HTML page", source)
    published = None
    if data.get("date"):
        try:
            published = dt.date.fromisoformat(str(data["date"])[:10])
        except ValueError:
            published = None
    return Article(
        raw_text=text,
        source=url or source,
        title=data.get("title") or None,
        outlet=data.get("sitename") or None,
        published=published,
        date_hint=published.isoformat()[:7] if published else None,
        url=url or data.get("url") or None,
        encoding=encoding,
    )
