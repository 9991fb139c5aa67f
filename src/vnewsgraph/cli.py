"""The ``vnewsgraph`` command line: thin — parse, call the library, print."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from vnewsgraph.config import SETTINGS, Settings
from vnewsgraph.errors import InputError
from vnewsgraph.model import Article

app = typer.Typer(
    name="vnewsgraph",
    help="Turn Vietnamese-language news into a cited, queryable knowledge base.",
    no_args_is_help=True,
    add_completion=False,
)
err_console = Console(stderr=True)


class State:
    db: str | None = None


state = State()


@app.callback()
def _main(
    db: Annotated[str | None, typer.Option("--db", envvar="VNEWSGRAPH_DB", help="Store URL or path")] = None,
) -> None:
    state.db = db


def db_url() -> str:
    return state.db or Settings.load().db


class OutputFormat(StrEnum):
    jsonl = "jsonl"
    json = "json"
    table = "table"


@app.command()
def extract(
    paths: Annotated[list[str], typer.Argument(help="Files, folders, URLs, or - for standard input")],
    format: Annotated[OutputFormat, typer.Option("--format", "-f", help="jsonl | json | table")] = OutputFormat.jsonl,
) -> None:
    """Print the extraction (contract v1) of every input document."""
    from vnewsgraph.ingest.files import read_inputs
    from vnewsgraph.nlp.pipeline import Pipeline

    pipe = Pipeline()
    failed = 0
    records = []
    console = Console()
    for item in read_inputs(paths):
        if isinstance(item, InputError):
            failed += 1
            err_console.print(f"[red]error[/red] {item}", highlight=False, markup=True, soft_wrap=True)
            continue
        assert isinstance(item, Article)
        try:
            ex = pipe.extract(item)
        except Exception as exc:  # one bad document must not stop the batch
            failed += 1
            err_console.print(f"[red]error[/red] {item.source}: extraction failed: {exc!r}", highlight=False)
            continue
        if format is OutputFormat.jsonl:
            sys.stdout.write(ex.to_json() + "\n")
            sys.stdout.flush()
        elif format is OutputFormat.json:
            records.append(ex.to_dict())
        else:
            _print_table(console, ex.to_dict())
    if format is OutputFormat.json:
        sys.stdout.write(json.dumps(records, ensure_ascii=False, indent=1) + "\n")
    if failed:
        err_console.print(f"{failed} input(s) failed", highlight=False)
        raise typer.Exit(1)


def _print_table(console: Console, rec: dict) -> None:
    d = rec["document"]
    console.rule(f"{d['source']}  ({d['outlet'] or 'outlet unknown'}, {d['published'] or 'date unknown'})")
    ents = Table("name", "type", "titles", "aliases", "country", title="Entities", title_justify="left")
    for e in rec["entities"]:
        ents.add_row(e["name"], e["type"], "; ".join(e.get("titles", [])), "; ".join(e["aliases"]), e.get("country") or "")
    console.print(ents)
    facts = Table("value", "unit", "kind", "qualifier", "period", "indicator", title="Facts", title_justify="left")
    for f in rec["facts"]:
        facts.add_row(f"{f['value']:,}", f["unit"], f["kind"], f["qualifier"], str(f["period"]), f["indicator"] or "")
    console.print(facts)
    names = {e["id"]: e["name"] for e in rec["entities"]}
    events = Table("type", "cameo", "date", "status", "participants", "evidence", title="Events", title_justify="left")
    for ev in rec["events"]:
        parts = ", ".join(names.get(p["entity"], p["entity"]) for p in ev["participants"])
        span = d["text"][ev["evidence"]["start"] : ev["evidence"]["end"]]
        events.add_row(ev["type"], ev["cameo"] or "", str(ev["date"]), ev["status"], parts, span[:100])
    console.print(events)


@app.command()
def settings() -> None:
    """List the settings (environment variables VNEWSGRAPH_*) with their values."""
    current = Settings.load()
    table = Table("variable", "value", "help")
    for s in SETTINGS:
        table.add_row(f"VNEWSGRAPH_{s.name.upper()}", str(getattr(current, s.name)), s.help)
    Console().print(table)


def _register_plugins() -> None:
    """Commands that live in their own modules (knowledge base, web, batch)."""
    import importlib

    for mod in ("vnewsgraph.cli_kb", "vnewsgraph.cli_web", "vnewsgraph.cli_batch"):
        try:
            importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if exc.name != mod:
                raise


_register_plugins()


def main() -> None:
    app()


if __name__ == "__main__":
    main()
