"""``vnewsgraph serve``: the web pages and the REST API over one store."""

from __future__ import annotations

import re
from typing import Annotated

import typer

from vnewsgraph.cli import app, db_url, err_console
from vnewsgraph.errors import VnewsgraphError


def redact(url: str) -> str:
    """A store URL without its password: postgresql+psycopg://user:***@host/db."""
    return re.sub(r"(://[^:/@]*):[^@/]*@", r"\1:***@", url)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port")] = 8000,
) -> None:
    """Serve the web pages and the REST API (docs at /docs) over the store given by --db.

    Writes over HTTP (POST /api/ingest, DELETE) need VNEWSGRAPH_API_KEY; reads can be
    closed with VNEWSGRAPH_READ_KEY.
    """
    import uvicorn

    from vnewsgraph.api.app import create_app
    from vnewsgraph.config import Settings

    try:
        settings = Settings.load(overrides={"db": db_url()})
        web = create_app(settings)
    except VnewsgraphError as exc:
        err_console.print(f"[red]error[/red] cannot open the store: {redact(str(exc))}", highlight=False)
        raise typer.Exit(1) from None
    writes = "on (X-API-Key)" if settings.api_key else "off (set VNEWSGRAPH_API_KEY)"
    typer.echo(f"vnewsgraph: serving {redact(str(settings.db))} on http://{host}:{port}/ "
               f"(API docs at /docs; writes {writes})", err=True)
    uvicorn.run(web, host=host, port=port, log_level="info")
