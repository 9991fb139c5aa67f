"""Facts (stub: filled by the figures issue)."""

from __future__ import annotations

from vnewsgraph.model import Document


class FactExtractor:
    name = "facts"
    version = "0"
    requires = ("sentences", "tokens", "timexes", "entities")
    assigns = ("quantities", "facts")

    def __call__(self, doc: Document) -> Document:
        return doc
