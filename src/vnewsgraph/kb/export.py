"""Export the knowledge base: JSON Lines, CSV or Parquet per table; events as GDELT-style TSV.

The GDELT-style file has one row per event with the columns of GDELT 1.0's
event table that we can fill (tab-separated, a header row first):
GLOBALEVENTID, SQLDATE (YYYYMMDD; 00 for an unknown day or month), EventCode
(CAMEO), EventRootCode, Actor1Name, Actor1CountryCode, Actor2Name,
Actor2CountryCode, ActionGeo_FullName, NumSources, SOURCEURL, plus our
EventType and Status.  Country codes are ISO 3166-1 alpha-2 as in the
extraction contract (GDELT itself uses CAMEO's three-letter codes).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from vnewsgraph.errors import StoreError
from vnewsgraph.kb.query import Repository

PAGE = 500
GDELT_COLUMNS = (
    "GLOBALEVENTID", "SQLDATE", "EventCode", "EventRootCode", "Actor1Name", "Actor1CountryCode", "Actor2Name",
    "Actor2CountryCode", "ActionGeo_FullName", "NumSources", "SOURCEURL", "EventType", "Status",
)


def _pages(fetch: Callable[[int, int], dict[str, Any]]) -> Iterator[dict[str, Any]]:
    offset = 0
    while True:
        page = fetch(PAGE, offset)
        items = page["items"]
        yield from items
        offset += len(items)
        if len(items) < PAGE or offset >= page["total"]:
            return


def rows(repo: Repository, table: str) -> Iterator[dict[str, Any]]:
    if table == "entities":
        return _pages(lambda limit, offset: repo.list_entities(limit=limit, offset=offset))
    if table == "events":
        return _pages(lambda limit, offset: repo.list_events(limit=limit, offset=offset))
    if table == "facts":
        return _pages(lambda limit, offset: repo.list_facts(limit=limit, offset=offset))
    if table == "documents":
        return _pages(lambda limit, offset: repo.list_documents(limit=limit, offset=offset))
    raise StoreError(f"no table {table!r} to export (entities, events, facts, documents)")


def _flat(item: dict[str, Any]) -> dict[str, Any]:
    """Nested values (lists, objects) as JSON text, for CSV and Parquet."""
    return {k: json.dumps(v, ensure_ascii=False) if isinstance(v, (list, dict)) else v for k, v in item.items()}


def export_tables(repo: Repository, tables: list[str], fmt: str, out: Path) -> list[tuple[Path, int]]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables:
        items = rows(repo, table)
        path = out / f"{table}.{fmt}"
        n = 0
        if fmt == "jsonl":
            with path.open("w", encoding="utf-8") as fh:
                for item in items:
                    fh.write(json.dumps(item, ensure_ascii=False) + "\n")
                    n += 1
        elif fmt == "csv":
            flat = [_flat(i) for i in items]
            n = len(flat)
            columns = list(dict.fromkeys(k for row in flat for k in row))
            with path.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=columns)
                writer.writeheader()
                writer.writerows(flat)
        elif fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            flat = [_flat(i) for i in items]
            n = len(flat)
            columns = list(dict.fromkeys(k for row in flat for k in row))
            data = {c: [_scalar(row.get(c)) for row in flat] for c in columns}
            pq.write_table(pa.table(data) if columns else pa.table({}), path)
        else:
            raise StoreError(f"unknown export format {fmt!r} (jsonl, csv, parquet, gdelt)")
        written.append((path, n))
    return written


def _scalar(value: Any) -> Any:
    # Parquet columns need one type: numbers stay numbers, the rest become text.
    if value is None or isinstance(value, (int, float, str)):
        return value if not isinstance(value, bool) else int(value)
    return str(value)


def gdelt_row(event: dict[str, Any]) -> list[str]:
    parts = event["participants"]
    actors = [p for p in parts if p.get("role") == "actor"] or parts[:1]
    a1 = actors[0] if actors else None
    rest = [p for p in parts if p is not a1]
    targets = [p for p in rest if p.get("role") == "target"] or rest[:1]
    a2 = targets[0] if targets else None
    date = (event.get("date") or "").split("/")[0]
    pieces = (date.split("-") + ["00", "00"])[:3] if date else ["", "", ""]
    sqldate = "".join(pieces) if date else ""
    cameo = event.get("cameo") or ""
    sources = event.get("sources") or []
    return [
        event["id"], sqldate, cameo, cameo[:2], a1["name"] if a1 else "", (a1 or {}).get("country") or "",
        a2["name"] if a2 else "", (a2 or {}).get("country") or "", (event.get("location") or {}).get("name", ""),
        str(event.get("n_sources", len(sources))), (sources[0].get("source") or "") if sources else "",
        event["type"], event["status"],
    ]


def export_gdelt(repo: Repository, out: Path) -> tuple[Path, int]:
    out.mkdir(parents=True, exist_ok=True)
    path = out / "events.gdelt.tsv"
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(GDELT_COLUMNS) + "\n")
        for event in rows(repo, "events"):
            cells = [c.replace("\t", " ").replace("\n", " ") for c in gdelt_row(event)]
            fh.write("\t".join(cells) + "\n")
            n += 1
    return path, n
