"""Properties of the HTML builders: whatever the text and spans, the text comes back exactly, inert."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from vnewsgraph.web.render import Highlight, highlight_evidence, highlight_text, safe_snippet

TAG = re.compile(r"<[^>]*>")
TEXT = st.text(alphabet=st.sampled_from(list("aăâđêôơư <>&\"'/=\nHàNộiTôLâm12,.%")), max_size=80)


@st.composite
def text_and_spans(draw: st.DrawFn) -> tuple[str, list[Highlight]]:
    text = draw(TEXT)
    spans = []
    for _ in range(draw(st.integers(0, 6))):
        a = draw(st.integers(0, len(text)))
        b = draw(st.integers(a, len(text)))
        kind = draw(st.sampled_from(["entity", "fact", "figure", "event"]))
        href = draw(st.sampled_from([None, "/entities/ent_x", "/events/evt_1"]))
        spans.append(Highlight(a, b, kind, href, draw(TEXT)))
    return text, spans


@settings(max_examples=200, deadline=None)
@given(text_and_spans())
def test_highlighted_text_round_trips_and_is_inert(case: tuple[str, list[Highlight]]) -> None:
    text, spans = case
    out = str(highlight_text(text, spans))
    # Only our own tags are in the output; dropping them and unescaping gives the text back.
    for tag in TAG.findall(out):
        assert re.fullmatch(r'</?(span|a|br)( (class|href|title|id)="[^"<>]*")*>', tag), tag
    assert html.unescape(TAG.sub("", out.replace("<br>", "\n"))) == text


@settings(max_examples=200, deadline=None)
@given(TEXT, st.lists(TEXT, max_size=3))
def test_evidence_round_trips(sentence: str, names: list[str]) -> None:
    out = str(highlight_evidence(sentence, names))
    assert all(t in ("<mark>", "</mark>", "<b>", "</b>") for t in TAG.findall(out))
    assert html.unescape(TAG.sub("", out)) == sentence


@settings(max_examples=200, deadline=None)
@given(TEXT)
def test_snippets_keep_only_marks(snippet: str) -> None:
    out = str(safe_snippet(snippet))
    assert all(t in ("<mark>", "</mark>") for t in TAG.findall(out))
