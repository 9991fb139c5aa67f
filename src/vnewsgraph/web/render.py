"""Pure helpers that turn query-layer dicts into safe HTML pieces.

Everything that comes from an article is untrusted: text is escaped segment by
segment, and only markup built here (spans, marks, links to validated ids) is
marked safe.
"""

from __future__ import annotations

import html
import math
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

from markupsafe import Markup, escape

from vnewsgraph.api.validation import is_valid_document_id, is_valid_id

_MARK_SPLIT = re.compile(r"(</?mark>)", re.IGNORECASE)


def safe_snippet(snippet: str | None) -> Markup:
    """Keep only <mark>…</mark> from a search snippet; everything else is text.

    The snippet may arrive escaped or not: each piece between mark tags is
    unescaped once and escaped again, so '<script>' can only ever show as text.
    """
    if not snippet:
        return Markup("")
    out: list[str] = []
    depth = 0
    for piece in _MARK_SPLIT.split(snippet):
        low = piece.lower()
        if low == "<mark>":
            if depth == 0:
                out.append("<mark>")
            depth += 1
        elif low == "</mark>":
            if depth == 1:
                out.append("</mark>")
            depth = max(0, depth - 1)
        else:
            out.append(str(escape(html.unescape(piece))))
    if depth:
        out.append("</mark>")
    return Markup("".join(out))


def snippet_text(snippet: str | None) -> str:
    """The plain text of a snippet (marks dropped, entities unescaped), to compare with a title."""
    return html.unescape(_MARK_SPLIT.sub("", snippet or "")).strip()


def link(kind: str, ident: Any) -> str | None:
    """The page of an entity/event/fact/document, or None when the id is not well formed."""
    if not isinstance(ident, str):
        return None
    if kind == "documents":
        ok = is_valid_document_id(ident)
    else:
        ok = is_valid_id(ident)
    return f"/{kind}/{quote(ident, safe=':')}" if ok else None


def _span_of(item: dict[str, Any], key: str = "evidence") -> tuple[int, int] | None:
    ev = item.get(key)
    if isinstance(ev, dict) and isinstance(ev.get("start"), int) and isinstance(ev.get("end"), int):
        return ev["start"], ev["end"]
    for a, b in ((f"{key}_start", f"{key}_end"), ("start", "end")):
        if isinstance(item.get(a), int) and isinstance(item.get(b), int):
            return item[a], item[b]
    return None


@dataclass(frozen=True, slots=True)
class Highlight:
    start: int
    end: int
    kind: str  # entity | fact | event
    href: str | None
    label: str


_PRIORITY = {"event": 0, "fact": 1, "figure": 2, "entity": 3}

# A written figure inside a fact's evidence: "11,33 tỷ USD", "11,7%", "20.000 người" (not dates or bare years).
_FIGURE = re.compile(
    r"(?<![\w/.,-])(?<!\w\()(?!(?:19|20)\d\d(?![\d.,]*\s*(?:%|tỷ|triệu|nghìn|ngàn|USD|đồng)))"
    r"\d+(?:[.,]\d+)*(?![/\d])(?!\s*(?:tháng|năm|ngày|quý|tuần|giờ)\b)"
    r"(?:\s*(?:%|phần trăm|tỷ|triệu|nghìn|ngàn|vạn))?"
    r"(?:\s*(?:USD|EUR|đô la|đồng|VND|VNĐ|tấn|km|ha|lượt|người|lần))?",
    re.IGNORECASE,
)


def collect_highlights(doc: dict[str, Any]) -> list[Highlight]:
    """Spans to highlight in a document dict from the query layer (tolerant of its exact keys)."""
    n = len(doc.get("text") or "")
    out: list[Highlight] = []

    def add(start: int, end: int, kind: str, ident: Any, section: str, label: str) -> None:
        if 0 <= start < end <= n:
            out.append(Highlight(start, end, kind, link(section, ident), label))

    for m in doc.get("mentions") or []:
        if isinstance(m, dict) and (sp := _span_of(m, "span")):
            ident = m.get("entity") or m.get("entity_id") or m.get("id")
            add(*sp, "entity", ident, "entities", str(m.get("name") or m.get("type") or "entity"))
    for e in doc.get("entities") or []:
        if not isinstance(e, dict):
            continue
        ident = e.get("kb_id") or e.get("entity") or e.get("id")
        for m in e.get("mentions") or []:
            if isinstance(m, dict) and (sp := _span_of(m, "span")):
                add(*sp, "entity", ident, "entities", f"{e.get('name', '')} ({e.get('type', '')})")
    text = str(doc.get("text") or "")
    for kind, section in (("fact", "facts"), ("event", "events")):
        for item in doc.get(section) or []:
            if isinstance(item, dict) and (sp := _span_of(item)):
                ident = item.get("kb_id") or item.get("claim") or item.get("event") or item.get("id")
                label = str(item.get("indicator") or item.get("type") or kind)
                add(*sp, kind, ident, section, label)
                if kind == "fact":
                    for m in _FIGURE.finditer(text, sp[0], sp[1]):
                        add(m.start(), m.end(), "figure", ident, section, label)
    return _dedupe(out)


def _dedupe(items: list[Highlight]) -> list[Highlight]:
    seen: set[tuple[int, int, str]] = set()
    out = []
    for h in items:
        if (h.start, h.end, h.kind) not in seen:
            seen.add((h.start, h.end, h.kind))
            out.append(h)
    return out


def highlight_text(text: str, highlights: list[Highlight]) -> Markup:
    """The text as HTML, each segment escaped, wrapped in the spans that cover it.

    Overlapping spans are cut at every boundary; per segment the innermost
    (entity > fact > event) becomes the link, the others are styled spans.
    """
    bounds = sorted({0, len(text), *(h.start for h in highlights), *(h.end for h in highlights)})
    parts: list[str] = []
    for a, b in zip(bounds, bounds[1:], strict=False):
        seg = str(escape(text[a:b])).replace("\n", "<br>")
        if any(h.start == a and h.kind != "entity" for h in highlights):
            parts.append(f'<span class="anchor" id="at-{a}"></span>')  # where an event's or figure's evidence starts
        covering = sorted((h for h in highlights if h.start <= a and b <= h.end), key=lambda h: _PRIORITY[h.kind])
        if not covering:
            parts.append(seg)
            continue
        linked = next((h for h in reversed(covering) if h.href), None)
        inner = seg
        if linked is not None:
            inner = f'<a class="hl-link" href="{escape(linked.href)}" title="{escape(linked.label)}">{inner}</a>'
        for h in reversed(covering):
            inner = f'<span class="hl hl-{h.kind}" title="{escape(h.label)}">{inner}</span>'
        parts.append(inner)
    return Markup("".join(parts))


def highlight_evidence(sentence: str | None, names: list[Any] | None = None) -> Markup:
    """An evidence sentence, escaped and marked, with the given names (participants) in bold."""
    if not sentence:
        return Markup("")
    wanted = sorted({str(n) for n in names or [] if isinstance(n, str) and len(n) > 1}, key=len, reverse=True)
    spans: list[tuple[int, int]] = []
    for name in wanted:
        for m in re.finditer(re.escape(name), sentence):
            if all(m.end() <= a or m.start() >= b for a, b in spans):
                spans.append((m.start(), m.end()))
    spans.sort()
    out, pos = [], 0
    for a, b in spans:
        out.append(f"{escape(sentence[pos:a])}<b>{escape(sentence[a:b])}</b>")
        pos = b
    out.append(str(escape(sentence[pos:])))
    return Markup("<mark>" + "".join(out) + "</mark>")


def fact_evidence(sentence: str | None) -> Markup:
    """A fact's evidence sentence, escaped and marked, with its written figures in bold."""
    if not sentence:
        return Markup("")
    out, pos = [], 0
    for m in _FIGURE.finditer(sentence):
        out.append(f"{escape(sentence[pos:m.start()])}<b>{escape(m.group())}</b>")
        pos = m.end()
    out.append(str(escape(sentence[pos:])))
    return Markup("<mark>" + "".join(out) + "</mark>")


KINDS = {"actual": "thực tế", "target": "chỉ tiêu", "forecast": "dự báo"}


def format_number(value: Any) -> str:
    """Vietnamese style: 11.330.000.000 and 11,7 (dot groups thousands, comma is decimal)."""
    if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value):
        return str(value) if value is not None else "—"
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    whole, _, frac = f"{value:,.4f}".rstrip("0").partition(".")
    return whole.replace(",", ".") + ("," + frac if frac else "")


UNIT_WORDS = {"times": "lần", "pp": "điểm %", "t": "tấn", "km": "km", "h": "giờ"}


def format_unit(unit: Any) -> str:
    """Units as a reader says them: 'count:học sinh' -> 'học sinh', 't' -> 'tấn'."""
    if not isinstance(unit, str):
        return ""
    if unit.startswith("count:"):
        return unit[6:]
    return UNIT_WORDS.get(unit, unit)


def source_label(source: Any) -> str:
    """A URL as is; a file path by its name only (the server's folders are not shown)."""
    if not isinstance(source, str):
        return ""
    if re.match(r"^https?://", source):
        return source
    return source.replace("\\", "/").rsplit("/", 1)[-1]


def compact_number(value: float) -> str:
    """Short axis labels in Vietnamese units: 2,3 tỷ; 500 nghìn."""
    for size, word in ((1e9, " tỷ"), (1e6, " triệu"), (1e3, " nghìn")):
        if abs(value) >= size:
            return format_number(round(value / size, 2)) + word
    return format_number(round(value, 2))


EVENT_TYPES = {
    "VISIT": "Chuyến thăm", "MEETING": "Gặp gỡ, hội đàm", "AGREEMENT": "Ký kết", "AID": "Viện trợ",
    "STATEMENT": "Tuyên bố", "OTHER": "Sự kiện",
}


def event_title(ev: dict[str, Any]) -> str:
    """A readable Vietnamese title: 'Gặp gỡ, hội đàm: Tô Lâm, Lee Jae-myung — tại Seoul'."""
    if not ev.get("type") and not ev.get("participants") and isinstance(ev.get("title"), str):
        return str(ev["title"])
    label = EVENT_TYPES.get(str(ev.get("type") or "OTHER").upper(), str(ev.get("type") or "Sự kiện"))
    names = [str(p.get("name")) for p in ev.get("participants") or [] if isinstance(p, dict) and p.get("name")]
    loc = ev.get("location")
    place = loc.get("name") if isinstance(loc, dict) else loc
    shown = names[:4] + (["…"] if len(names) > 4 else [])
    title = label + (": " + ", ".join(shown) if names else "")
    return title + (f" — tại {place}" if place and place not in names else "")


def progress_of(fact: dict[str, Any]) -> float | None:
    """Progress towards a target, 0..1+ (from the target's own 'progress' or value / target value)."""
    target = fact.get("target")
    if not isinstance(target, dict):
        return None
    p = target.get("progress")
    if isinstance(p, int | float) and not isinstance(p, bool) and math.isfinite(p):
        return float(p) / 100.0 if p > 2.0 else float(p)
    tv, v = target.get("value"), fact.get("value")
    if isinstance(tv, int | float) and isinstance(v, int | float) and tv:
        return float(v) / float(tv)
    return None


def line_chart(points: list[tuple[str, float]], unit: str = "", width: int = 360, height: int = 140) -> Markup:
    """A small inline SVG line chart of (period, value) points, labels escaped."""
    pts = [(str(p), float(v)) for p, v in points if isinstance(v, int | float) and math.isfinite(v)]
    if len(pts) < 2:
        return Markup("")
    pts.sort(key=lambda pv: pv[0])
    pad_l, pad_r, pad_t, pad_b = 78, 24, 12, 28
    lo, hi = min(v for _, v in pts), max(v for _, v in pts)
    margin = (hi - lo) * 0.15 or abs(hi) * 0.1 or 1.0
    lo, hi = (max(0.0, lo - margin) if lo >= 0 else lo - margin), hi + margin
    span = hi - lo
    step = (width - pad_l - pad_r) / (len(pts) - 1)

    def y(v: float) -> float:
        return pad_t + (height - pad_t - pad_b) * (1 - (v - lo) / span)

    coords = [(pad_l + i * step, y(v)) for i, (_, v) in enumerate(pts)]
    path = " ".join(f"{x:.1f},{yy:.1f}" for x, yy in coords)
    out = [
        f'<svg class="chart" role="img" viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
        f"<title>{escape(unit)} theo kỳ</title>",
        f'<line class="axis" x1="{pad_l}" y1="{height - pad_b}" x2="{width - pad_r}" y2="{height - pad_b}"/>',
        f'<text class="tick" x="{pad_l - 4}" y="{y(hi) + 4:.1f}" text-anchor="end">{escape(compact_number(hi))}</text>',
        f'<text class="tick" x="{pad_l - 4}" y="{y(lo) + 4:.1f}" text-anchor="end">{escape(compact_number(lo))}</text>',
        f'<polyline class="series" points="{path}"/>',
    ]
    for (period, v), (x, yy) in zip(pts, coords, strict=True):
        out.append(f'<circle class="dot" cx="{x:.1f}" cy="{yy:.1f}" r="3.5"><title>{escape(period)}: '
                   f"{escape(format_number(v))} {escape(unit)}</title></circle>")
        out.append(f'<text class="tick" x="{x:.1f}" y="{height - 8}" text-anchor="middle">{escape(period)}</text>')
        out.append(f'<text class="val" x="{x:.1f}" y="{yy - 8:.1f}" text-anchor="middle">{escape(compact_number(v))}</text>')
    out.append("</svg>")
    return Markup("".join(out))
