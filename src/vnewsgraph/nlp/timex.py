"""Time expressions (stub: filled by the events issue)."""

from __future__ import annotations

from vnewsgraph.model import Document


class TimexTagger:
    name = "timex"
    version = "0"
    requires = ("sentences", "tokens")
    assigns = ("timexes",)

    def __call__(self, doc: Document) -> Document:
        return doc
