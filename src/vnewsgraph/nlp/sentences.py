"""Sentence boundaries with character offsets, aware of Vietnamese abbreviations
("TP.", "TS.", "T.Ư", "v.v.") and figures ("11,33", "6/2", "1.234,5").

A line break always ends a sentence (news paragraphs and captions are lines).
Within a line a sentence ends at ``.``, ``!``, ``?`` or ``…`` (with closing
quotes/brackets) followed by white space and an upper-case letter, a digit or
an opening quote — unless the dot ends a known abbreviation or an initial.
"""

from __future__ import annotations

import re

from vnewsgraph.model import Document, Sentence
from vnewsgraph.nlp.tokens import ABBREVIATIONS

_END = re.compile(r"""([.!?…]+)(["'”’»)\]]*)(?=\s+["'“‘«(\[]?[^\W_a-zđ])""")
_INITIALS = re.compile(r"(?:[A-ZĐ]\.){0,3}[A-ZĐ]")
_WORD_BEFORE = re.compile(r"([^\W\d_][\w.]*)$")


def _is_abbreviation(line: str, dot_pos: int) -> bool:
    # Only the last few characters matter (abbreviations are short): linear on long lines.
    m = _WORD_BEFORE.search(line, max(0, dot_pos - 24), dot_pos)
    if not m:
        return False
    word = m.group(1)
    if word in ABBREVIATIONS or word.rstrip(".") in ABBREVIATIONS:
        return True
    # Initials ("Nguyễn V. A.", "J. Smith", "J.D. Vance") do not end a sentence.
    return _INITIALS.fullmatch(word) is not None


def split_sentences(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    pos = 0
    for line in text.split("\n"):
        line_start = pos
        pos += len(line) + 1
        if not line.strip():
            continue
        start = 0
        for m in _END.finditer(line):
            punct = m.group(1)
            if punct == "." and _is_abbreviation(line, m.start(1)):
                continue
            end = m.end()
            if line[start:end].strip():
                sentences.append(_trimmed(text, line_start + start, line_start + end))
            start = end
        if line[start:].strip():
            sentences.append(_trimmed(text, line_start + start, line_start + len(line)))
    return sentences


def _trimmed(text: str, start: int, end: int) -> Sentence:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end)


class SentenceSplitter:
    """Pipeline component: ``doc.sentences``."""

    name = "sentences"
    version = "1"
    requires: tuple[str, ...] = ()
    assigns = ("sentences",)

    def __call__(self, doc: Document) -> Document:
        doc.sentences = split_sentences(doc.text)
        return doc
