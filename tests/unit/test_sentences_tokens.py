"""Sentences and tokens with character offsets, aware of Vietnamese abbreviations and figures."""

from __future__ import annotations

import pytest

from vnewsgraph.nlp.sentences import split_sentences
from vnewsgraph.nlp.tokens import tokenize


def sentences_of(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


def test_abbreviations_do_not_end_sentences() -> None:
    text = ("TS. Nguyễn Văn Bình, Viện trưởng, phát biểu tại TP. Hồ Chí Minh. "
            "PGS. Lê Thị Hoa cho biết T.Ư Đoàn sẽ tổ chức hội nghị tại TP.HCM vào tuần tới.")
    assert sentences_of(text) == [
        "TS. Nguyễn Văn Bình, Viện trưởng, phát biểu tại TP. Hồ Chí Minh.",
        "PGS. Lê Thị Hoa cho biết T.Ư Đoàn sẽ tổ chức hội nghị tại TP.HCM vào tuần tới.",
    ]


def test_figures_do_not_end_sentences() -> None:
    text = "Xuất khẩu đạt 1.234,5 triệu USD, tăng 11,33% so với ngày 24/6/1967. Giá vàng giảm 0.5 điểm."
    assert sentences_of(text) == [
        "Xuất khẩu đạt 1.234,5 triệu USD, tăng 11,33% so với ngày 24/6/1967.",
        "Giá vàng giảm 0.5 điểm.",
    ]


def test_lines_and_quotes() -> None:
    text = 'Ông nói: "Chưa lúc nào tốt như lúc này". Sau đó đoàn rời Hà Nội!\nẢnh: TTXVN'
    assert sentences_of(text) == [
        'Ông nói: "Chưa lúc nào tốt như lúc này".',
        "Sau đó đoàn rời Hà Nội!",
        "Ảnh: TTXVN",
    ]


def test_initials_in_names() -> None:
    text = "Tác giả J. Smith và Nguyễn V. An đã đến Đà Nẵng. Họ ở lại hai ngày."
    assert sentences_of(text) == ["Tác giả J. Smith và Nguyễn V. An đã đến Đà Nẵng.", "Họ ở lại hai ngày."]


@pytest.mark.parametrize(
    "piece,kind",
    [("11,33", "number"), ("20.000", "number"), ("6/2", "number"), ("24/6/1967", "number"),
     ("1.234,5", "number"), ("45%", "number"), ("TP.HCM", "abbrev"), ("T.Ư", "abbrev"), ("TP.", "abbrev"),
     ("TS.", "abbrev")],
)
def test_tokens_keep_figures_and_abbreviations_whole(piece: str, kind: str) -> None:
    text = f"Theo {piece} Hà Nội"
    toks = tokenize(text)
    assert [(t.text, t.kind) for t in toks if t.text == piece] == [(piece, kind)]


def test_token_offsets_index_the_text() -> None:
    text = "Sáng nay (6/2), Tổng Bí thư Tô Lâm rời Thủ đô Vientiane lên đường thăm Campuchia."
    toks = tokenize(text)
    for t in toks:
        assert text[t.start : t.end] == t.text
    assert [t.text for t in toks[:6]] == ["Sáng", "nay", "(", "6/2", ")", ","]
    assert toks[-1].text == "." and toks[-2].text == "Campuchia"


def test_sentence_spans_cover_sample_documents(pipeline, seed_files) -> None:
    for path in seed_files:
        ex = pipeline.extract(path)
        doc = ex.doc
        assert doc.sentences, path
        prev_end = 0
        for s in doc.sentences:
            assert prev_end <= s.start < s.end <= len(doc.text)
            assert doc.text[s.start : s.end].strip() == doc.text[s.start : s.end]
            prev_end = s.end


def test_chained_initials_do_not_end_sentences() -> None:
    text = "Phó Tổng thống Mỹ J.D. Vance đến Hà Nội. Ông sẽ ở lại hai ngày."
    assert sentences_of(text) == ["Phó Tổng thống Mỹ J.D. Vance đến Hà Nội.", "Ông sẽ ở lại hai ngày."]
