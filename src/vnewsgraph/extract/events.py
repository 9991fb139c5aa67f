"""Events (stub: filled by the events issue)."""

from __future__ import annotations

from vnewsgraph.model import Document


class EventExtractor:
    name = "events"
    version = "0"
    requires = ("sentences", "tokens", "timexes", "entities")
    assigns = ("events",)

    def __call__(self, doc: Document) -> Document:
        return doc
