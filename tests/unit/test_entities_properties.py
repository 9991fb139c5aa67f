"""Property tests: on any mixture of Vietnamese news words the recogniser never fails, every
mention lies in the text and is one of its entity's forms, and ids follow first mention."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vnewsgraph.model import Article
from vnewsgraph.nlp.entities import EntityRecognizer
from vnewsgraph.nlp.ner_merge import key
from vnewsgraph.nlp.pipeline import make_document
from vnewsgraph.nlp.sentences import SentenceSplitter
from vnewsgraph.nlp.tokens import Tokenizer

WORDS = [
    "Tổng", "Bí", "thư", "Thủ", "tướng", "Bộ", "trưởng", "Bộ", "Ngoại", "giao", "Ban", "Chấp", "hành",
    "Trung", "ương", "Đảng", "Cộng", "sản", "Việt", "Nam", "Campuchia", "Lào", "Hun", "Sen", "Tô", "Lâm",
    "Nguyễn", "Văn", "An", "ông", "bà", "đồng", "chí", "Samdech", "Techo", "tỉnh", "thành", "phố", "Hà",
    "Nội", "sông", "Mekong", "Đại", "hội", "XIV", "Nghị", "quyết", "Công", "ty", "cổ", "phần", "Vinamilk",
    "Ảnh", ":", "/", "TTXVN", "(", ")", "CPP", ",", ";", ".", "-", "và", "của", "tại", "cho", "biết",
    "Quốc", "hội", "Chính", "phủ", "Thủ", "đô", "Vientiane", "UBND", "TP.HCM", "2026", "11,33", "tỷ", "USD",
    "\n", "Cup", "von", "der", "Kim", "Jong-un", "Ủy", "viên", "Chủ", "tịch", "nước",
]


def _run(text: str):  # type: ignore[no-untyped-def]
    doc = make_document(Article(raw_text=text))
    return EntityRecognizer()(Tokenizer()(SentenceSplitter()(doc)))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=60))
def test_any_word_salad_gives_consistent_entities(words: list[str]) -> None:
    doc = _run(" ".join(words))
    firsts = []
    for n, e in enumerate(doc.entities, 1):
        assert e.id == f"e{n}"
        assert e.type in ("PERSON", "ORGANIZATION", "LOCATION", "MISC")
        assert e.mentions
        forms = {key(f) for f in [e.name, *e.aliases]}
        for m in e.mentions:
            assert 0 <= m.start < m.end <= len(doc.text)
            assert key(doc.text[m.start:m.end]) in forms
        firsts.append(min(m.start for m in e.mentions))
        if e.country is not None:
            assert len(e.country) == 2 and e.country.isupper()
    assert firsts == sorted(firsts)
