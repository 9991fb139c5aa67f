"""Syllable-level tokens with character offsets.

Numbers keep their Vietnamese separators in one token ("11,33", "20.000",
"6/2", "24/6/1967", "10-12%"); abbreviations with inner dots stay whole
("TP.HCM", "T.Ư", "TP.", "TS.").
"""

from __future__ import annotations

import re

from vnewsgraph.model import Document, Token

# Abbreviations written with a final dot that does not end a sentence.
ABBREVIATIONS = frozenset({
    "TP", "Tp", "tp", "TS", "ThS", "Ths", "PGS", "GS", "BS", "KS", "CN", "NXB", "Q", "P", "TT", "TX",
    "St", "Mr", "Mrs", "Ms", "Dr", "Prof", "Jr", "Sr", "Co", "Corp", "Inc", "Ltd", "No", "Tr", "tr",
    "v.v", "vv", "TW", "T.Ư", "T.W", "Th.S", "TT.", "H", "Đ", "ĐC", "Đ/c", "đ/c", "Lt", "Gen", "Col",
    "Thg", "Sđd", "tb", "ĐT", "Đt", "Tel", "Fax", "cf", "vs", "etc", "ca", "Mt", "Ft",
})

_TOKEN = re.compile(
    r"""
    (?P<number>\d+(?:[.,/:\-]\d+)*(?:%)?)               # 11,33  20.000  6/2  24/6/1967  10-12  45%
    |(?P<abbrev>(?:[^\W\d_]{1,4}\.){1,3}[^\W\d_]+(?:\.(?=\s|$))?   # TP.HCM  T.Ư  v.v.
       |[^\W\d_]{1,4}\.(?=\s*[^\W\d_]))                   # TP. Hà Nội (checked below)
    |(?P<word>[^\W\d_]+(?:['’][^\W\d_]+)?)              # syllables, incl. Latin names
    |(?P<symbol>[%$€£¥₫&@#/+=<>~^*])
    |(?P<punct>[^\w\s])
    """,
    re.VERBOSE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    end = len(text) if end is None else end
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "word"
        s, e = m.start(), m.end()
        tok = m.group(0)
        if kind == "abbrev" and tok.endswith(".") and tok.count(".") == 1:
            # "TP." before a name is an abbreviation; "Lâm." at a sentence end is a word + dot.
            if tok[:-1] not in ABBREVIATIONS:
                tokens.append(Token(s, e - 1, tok[:-1], "word"))
                tokens.append(Token(e - 1, e, ".", "punct"))
                continue
        tokens.append(Token(s, e, tok, kind))
    return tokens


class Tokenizer:
    """Pipeline component: ``doc.tokens`` over the whole text."""

    name = "tokens"
    version = "1"
    requires: tuple[str, ...] = ()
    assigns = ("tokens",)

    def __call__(self, doc: Document) -> Document:
        doc.tokens = tokenize(doc.text)
        return doc
