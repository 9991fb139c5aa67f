"""Knowledge-base commands: ingest, stats, entities, events, facts, search, documents, export, resolve.

Thin: parse, call :mod:`vnewsgraph.kb`, print (``--json`` for the contract's
shapes, a Rich table otherwise).
"""

from __future__ import annotations

import html
import json
import re
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table
from rich.text import Text

from vnewsgraph.cli import app, db_url
from vnewsgraph.errors import InputError, VnewsgraphError

err = Console(stderr=True)
JsonFlag = Annotated[bool, typer.Option("--json", help="Print JSON (the shapes of contract/KB.md)")]
Limit = Annotated[int, typer.Option("--limit", help="Most items to return")]
Offset = Annotated[int, typer.Option("--offset", help="Items to skip")]


def _open() -> Any:
    from vnewsgraph.kb.store import open_store

    try:
        return open_store(db_url())
    except VnewsgraphError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from exc


def _repo() -> Any:
    from vnewsgraph.kb.query import Repository

    return Repository(_open())


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def _count_inputs(paths: list[str]) -> int | None:
    """How many files the local paths hold (for the progress bar), or None when unknown."""
    total = 0
    for p in paths:
        path = Path(p)
        if p == "-" or p.startswith(("http://", "https://")) or not path.exists():
            return None
        if path.is_dir():
            total += sum(1 for f in path.rglob("*") if f.is_file() and not f.name.startswith("."))
        else:
            if path.suffix.lower() in {".jsonl", ".ndjson", ".warc", ".gz"}:
                return None
            total += 1
    return total


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, URLs or - for standard input")],
) -> None:
    """Extract every input and store it in the knowledge base (idempotent; near-duplicates linked)."""
    from vnewsgraph.ingest.files import read_inputs
    from vnewsgraph.model import Article
    from vnewsgraph.nlp.pipeline import Pipeline

    store = _open()
    pipe = Pipeline()
    counts = {"new": 0, "unchanged": 0, "duplicate": 0, "failed": 0}
    total = _count_inputs(paths)
    show = err.is_terminal and (total is None or total > 20)
    progress = Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
        console=err, transient=True, disable=not show,
    )
    try:
        with progress:
            task = progress.add_task("ingesting", total=total)
            for item in read_inputs(paths):
                progress.advance(task)
                if isinstance(item, InputError):
                    counts["failed"] += 1
                    progress.console.print(f"[red]error[/red] {item}", highlight=False, soft_wrap=True)
                    continue
                assert isinstance(item, Article)
                try:
                    result = store.ingest_article(item, pipe)
                except Exception as exc:  # one bad article must not stop the batch
                    counts["failed"] += 1
                    progress.console.print(f"[red]error[/red] {item.source or item.url}: {exc}", highlight=False)
                    continue
                counts[result.status] += 1
    finally:
        store.close()
    err.print(
        f"{counts['new']} new, {counts['duplicate']} near-duplicate, {counts['unchanged']} already stored, "
        f"{counts['failed']} failed",
        highlight=False,
    )
    if counts["failed"]:
        raise typer.Exit(1)


@app.command()
def resolve() -> None:
    """Re-run cross-document resolution over everything stored."""
    store = _open()
    try:
        store.resolve()
    finally:
        store.close()


@app.command()
def stats(as_json: JsonFlag = False) -> None:
    """What the knowledge base holds."""
    data = _repo().stats()
    if as_json:
        _emit(data)
        return
    table = Table("what", "count", title="Knowledge base", title_justify="left")
    for k, v in data.items():
        table.add_row(k, str(v))
    Console().print(table)


@app.command()
def entities(
    query: Annotated[str | None, typer.Option("--query", help="Name or alias (diacritics optional)")] = None,
    type: Annotated[str | None, typer.Option("--type", help="PERSON | ORGANIZATION | LOCATION | MISC")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    as_json: JsonFlag = False,
) -> None:
    """Entities across all documents, most documents first."""
    data = _repo().list_entities(query=query, type=type, limit=limit, offset=offset)
    if as_json:
        _emit(data)
        return
    table = Table("name", "type", "country", "docs", "aliases", "titles", title=f"Entities ({data['total']})",
                  title_justify="left")
    for e in data["items"]:
        titles = "; ".join(t["title"] for t in e["titles"][:3])
        table.add_row(e["name"], e["type"], e["country"] or "", str(e["documents"]), "; ".join(e["aliases"][:4]),
                      titles)
    Console().print(table)


@app.command()
def events(
    type: Annotated[str | None, typer.Option("--type", help="VISIT | MEETING | AGREEMENT | AID | STATEMENT | OTHER")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="A participant's name or id")] = None,
    since: Annotated[str | None, typer.Option("--since", help="ISO date")] = None,
    until: Annotated[str | None, typer.Option("--until", help="ISO date")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    as_json: JsonFlag = False,
) -> None:
    """Events (one per happening, every source listed), newest first."""
    data = _repo().list_events(type=type, entity=entity, since=since, until=until, limit=limit, offset=offset)
    if as_json:
        _emit(data)
        return
    table = Table("date", "type", "status", "participants", "place", "sources", title=f"Events ({data['total']})",
                  title_justify="left")
    for e in data["items"]:
        parts = ", ".join(p["name"] for p in e["participants"])
        outlets = ", ".join(sorted({s["outlet"] or "?" for s in e["sources"]}))
        table.add_row(e["date"] or "", e["type"], e["status"], parts, (e["location"] or {}).get("name", ""),
                      f"{e['n_sources']} ({outlets})")
    Console().print(table)


@app.command()
def facts(
    query: Annotated[str | None, typer.Option("--query", help="Words of the indicator (diacritics optional)")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="A subject's name or id")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="actual | target | forecast")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
    as_json: JsonFlag = False,
) -> None:
    """Claims (one per figure) with every source's value and whether they agree."""
    data = _repo().list_facts(query=query, entity=entity, kind=kind, limit=limit, offset=offset)
    if as_json:
        _emit(data)
        return
    table = Table("indicator", "subjects", "period", "value", "unit", "kind", "agreement", "sources", "target",
                  title=f"Facts ({data['total']})", title_justify="left")
    for f in data["items"]:
        link = f.get("target") or f.get("actual")
        table.add_row(f["indicator"] or "", ", ".join(f["subject_names"]), f["period"] or "", f"{f['value']:,}",
                      f["unit"], f["kind"], f["agreement"], str(f["n_sources"]),
                      f"{link['progress']:.0%}" if link and link.get("progress") is not None else "")
    Console().print(table)


@app.command()
def search(
    words: Annotated[list[str], typer.Argument(help="Words to find (diacritics optional)")],
    limit: Limit = 20,
    offset: Offset = 0,
    as_json: JsonFlag = False,
) -> None:
    """Full-text search over documents, entities, events and facts."""
    data = _repo().search(" ".join(words), limit=limit, offset=offset)
    if as_json:
        _emit(data)
        return
    table = Table("kind", "title", "snippet", title=f"Search ({data['total']})", title_justify="left")
    for it in data["items"]:
        table.add_row(it["kind"], str(it.get("title") or it.get("name") or ""), _marked(it["snippet"]))
    Console().print(table)


def _marked(snippet: str) -> Text:
    """A search snippet (HTML-escaped, <mark> around hits) as Rich text with the hits highlighted."""
    out = Text()
    for i, part in enumerate(re.split(r"</?mark>", snippet)):
        out.append(html.unescape(part), style="bold yellow" if i % 2 else "")
    return out


@app.command()
def documents(limit: Limit = 50, offset: Offset = 0, as_json: JsonFlag = False) -> None:
    """Stored documents, newest first."""
    data = _repo().list_documents(limit=limit, offset=offset)
    if as_json:
        _emit(data)
        return
    table = Table("published", "outlet", "title", "duplicate of", "id", title=f"Documents ({data['total']})",
                  title_justify="left")
    for d in data["items"]:
        table.add_row(d["published"] or "", d["outlet"] or "", (d["title"] or "")[:80],
                      (d["duplicate_of"] or "")[:18], d["id"][:18])
    Console().print(table)


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


class ExportTable(StrEnum):
    entities = "entities"
    events = "events"
    facts = "facts"
    documents = "documents"
    all = "all"


@app.command()
def export(
    format: Annotated[ExportFormat, typer.Option("--format", help="jsonl | csv | parquet | gdelt")] = ExportFormat.jsonl,
    table: Annotated[ExportTable, typer.Option("--table", help="entities | events | facts | documents | all")] = ExportTable.all,
    out: Annotated[Path, typer.Option("--out", help="Folder to write into")] = Path("export"),
) -> None:
    """Export the knowledge base (jsonl, csv, parquet), or events as GDELT-style tab-separated rows."""
    from vnewsgraph.kb.export import export_gdelt, export_tables
    from vnewsgraph.kb.query import Repository

    store = _open()
    try:
        repo = Repository(store)
        if format is ExportFormat.gdelt:
            written = [export_gdelt(repo, out)]
        else:
            names = ["entities", "events", "facts", "documents"] if table is ExportTable.all else [table.value]
            written = export_tables(repo, names, format.value, out)
    except VnewsgraphError as exc:
        err.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(1) from exc
    finally:
        store.close()
    for path, n in written:
        err.print(f"{path}: {n} rows", highlight=False)
