"""The central objects of vnewsgraph (no I/O inside)."""

from vnewsgraph.model.document import (
    Article,
    Change,
    Document,
    Entity,
    Event,
    Fact,
    Mention,
    Participant,
    Quantity,
    Sentence,
    Span,
    Timex,
    Token,
)

__all__ = [
    "Article",
    "Change",
    "Document",
    "Entity",
    "Event",
    "Fact",
    "Mention",
    "Participant",
    "Quantity",
    "Sentence",
    "Span",
    "Timex",
    "Token",
]
