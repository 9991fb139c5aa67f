"""The per-document extraction in contract version 1 (shared/contract/EXTRACTION.md)."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from vnewsgraph.model import Document

SCHEMA_VERSION = "1"


class Extraction:
    """What one document yields: entities, facts, events, with evidence spans."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @property
    def entities(self) -> list[Any]:
        return self.doc.entities

    @property
    def facts(self) -> list[Any]:
        return self.doc.facts

    @property
    def events(self) -> list[Any]:
        return self.doc.events

    def to_dict(self) -> dict[str, Any]:
        doc = self.doc
        art = doc.article
        return {
            "schema_version": SCHEMA_VERSION,
            "document": {
                "id": doc.id,
                "source": art.source,
                "title": doc.title,
                "outlet": art.outlet,
                "published": art.published.isoformat() if art.published else None,
                "text": doc.text,
            },
            "entities": [e.to_dict() for e in doc.entities],
            "facts": [f.to_dict() for f in doc.facts],
            "events": [e.to_dict() for e in doc.events],
        }

    def to_json(self, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    """The JSON schema of contract v1 (a copy ships in the package)."""
    data = resources.files("vnewsgraph.extract").joinpath("extraction.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(data)
    return result


def validate(record: dict[str, Any]) -> list[str]:
    """Schema errors of a contract-v1 record (empty when valid)."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(record)]
