"""Entity recognition (stub: filled by the entities issue)."""

from __future__ import annotations

from vnewsgraph.model import Document


class EntityRecognizer:
    name = "entities"
    version = "0"
    requires = ("sentences", "tokens")
    assigns = ("mentions", "entities")

    def __call__(self, doc: Document) -> Document:
        return doc
