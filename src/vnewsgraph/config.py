"""Settings, declared once (name, default, help), read from ``VNEWSGRAPH_*``.

Each setting is documented by construction: ``vnewsgraph settings`` lists them.
Tests inject values with ``Settings.load(overrides={...})``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vnewsgraph.errors import ConfigError


@dataclass(frozen=True, slots=True)
class Setting:
    name: str
    default: Any
    help: str
    type: type = str


SETTINGS: tuple[Setting, ...] = (
    Setting("db", "vnewsgraph.db", "Store URL: a path or sqlite:///path (embedded) or postgresql+psycopg://…"),
    Setting("max_input_bytes", 20_000_000, "Largest single input accepted, in bytes", int),
    Setting("api_key", "", "API key required for writes (ingest, delete); empty disables writes over HTTP"),
    Setting("read_key", "", "When set, reads over HTTP require this key too"),
    Setting("user_agent", "vnewsgraph/0.1 (+news research; contact: admin@localhost)", "User-Agent for fetching"),
    Setting("fetch_timeout", 20.0, "Seconds before a fetch times out", float),
    Setting("fetch_delay", 1.0, "Seconds to wait between requests to the same host", float),
    Setting("fetch_retries", 2, "Retries after a failed fetch (with back-off)", int),
    Setting("fetch_max_bytes", 5_000_000, "Largest page or feed fetched, in bytes", int),
    Setting("fetch_state", "", "Seen-state file of feeds/pages (default: <db>.fetch.sqlite; none = keep nothing)"),
    Setting("page_size", 50, "Default page size of lists", int),
    Setting("max_page_size", 500, "Largest page size of lists", int),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def _coerce(setting: Setting, raw: Any) -> Any:
    if isinstance(raw, setting.type):
        return raw
    try:
        if setting.type is bool:
            return str(raw).strip().lower() in {"1", "true", "yes", "on"}
        return setting.type(raw)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"setting {setting.name!r} expects {setting.type.__name__}, got {raw!r}") from exc


class Settings:
    """Resolved settings: overrides > environment (VNEWSGRAPH_NAME) > defaults."""

    def __init__(self, values: Mapping[str, Any]) -> None:
        self._values = dict(values)

    @classmethod
    def load(cls, overrides: Mapping[str, Any] | None = None, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for s in SETTINGS:
            raw = env.get(f"VNEWSGRAPH_{s.name.upper()}", s.default)
            values[s.name] = _coerce(s, raw)
        for key, raw in (overrides or {}).items():
            if key not in _BY_NAME:
                raise ConfigError(f"unknown setting {key!r}")
            if raw is not None:
                values[key] = _coerce(_BY_NAME[key], raw)
        return cls(values)

    def __getattr__(self, name: str) -> Any:
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def as_dict(self) -> dict[str, Any]:
        return dict(self._values)
