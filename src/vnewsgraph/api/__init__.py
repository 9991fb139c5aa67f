"""REST API (FastAPI) and the app that also serves the web pages: ``create_app``."""

from vnewsgraph.api.app import create_app

__all__ = ["create_app"]
