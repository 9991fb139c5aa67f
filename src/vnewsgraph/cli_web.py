"""``vnewsgraph serve``: the web pages and the REST API over one store."""

from __future__ import annotations

from typing import Annotated

import typer

from vnewsgraph.cli import app, db_url


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Interface to listen on")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port")] = 8000,
) -> None:
    """Serve the web pages and the REST API (docs at /docs) over the store given by --db."""
    import uvicorn

    from vnewsgraph.api.app import create_app
    from vnewsgraph.config import Settings

    settings = Settings.load(overrides={"db": db_url()})
    typer.echo(f"vnewsgraph: serving {settings.db} on http://{host}:{port}/ (API docs at /docs)", err=True)
    uvicorn.run(create_app(settings), host=host, port=port, log_level="info")
