"""Server-rendered web pages (Jinja2, autoescaped) over the same query layer as the API."""
