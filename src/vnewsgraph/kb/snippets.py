"""Search snippets: find folded query terms in the original text, mark them, escape the rest."""

from __future__ import annotations

import html
import re

from vnewsgraph.kb.keys import fold


def folded_with_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index in ``text``."""
    out: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(text):
        f = fold(ch)
        for c in f:
            out.append(c)
            index.append(i)
    return "".join(out), index


def hits(text: str, terms: list[str]) -> list[tuple[int, int]]:
    """Spans of ``text`` whose folded form matches a term at a word start."""
    if not terms:
        return []
    folded, index = folded_with_map(text)
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)) + r")(?!\w)")
    spans = []
    for m in pattern.finditer(folded):
        if m.end() == m.start():
            continue
        start = index[m.start()]
        end = index[m.end() - 1] + 1
        spans.append((start, end))
    return spans


def snippet(text: str, terms: list[str], width: int = 200) -> str:
    """A window of ``text`` around the first hit; HTML-escaped, hits wrapped in <mark>…</mark>."""
    spans = hits(text, terms)
    if spans:
        first = spans[0][0]
        lo = max(0, first - width // 3)
        if lo > 0:
            space = text.rfind(" ", 0, lo)
            lo = space + 1 if space >= 0 and lo - space < 30 else lo
    else:
        lo = 0
    hi = min(len(text), lo + width)
    if hi < len(text):
        space = text.find(" ", hi)
        hi = space if 0 <= space - hi < 30 else hi
    parts = []
    pos = lo
    for a, b in spans:
        if a < lo or b > hi or a < pos:
            continue
        parts.append(html.escape(text[pos:a]))
        parts.append("<mark>" + html.escape(text[a:b]) + "</mark>")
        pos = b
    parts.append(html.escape(text[pos:hi]))
    prefix = "…" if lo > 0 else ""
    suffix = "…" if hi < len(text) else ""
    return prefix + "".join(parts) + suffix
