"""Sign-in for browsers when reads are closed by ``read_key``: the key goes into an HttpOnly cookie."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from fastapi.templating import Jinja2Templates

from vnewsgraph.api.deps import READ_COOKIE, can_read_with, context


def build_login_router() -> APIRouter:
    r = APIRouter(tags=["web"])

    @r.get("/login", summary="Sign-in form (when reads need a key)")
    def login_form(request: Request) -> Response:
        templates: Jinja2Templates = request.app.state.templates
        return templates.TemplateResponse(request, "login.html", {"failed": False})

    @r.post("/login", summary="Sign in with the read key (sets an HttpOnly cookie)")
    def login(request: Request, key: Annotated[str, Form(min_length=1, max_length=500)]) -> Response:
        settings = context(request).settings
        if not settings.read_key or not can_read_with(settings, key):
            templates: Jinja2Templates = request.app.state.templates
            return templates.TemplateResponse(request, "login.html", {"failed": True}, status_code=401)
        resp = RedirectResponse("/", status_code=303)
        resp.set_cookie(READ_COOKIE, key, httponly=True, samesite="strict", secure=request.url.scheme == "https")
        return resp

    @r.post("/logout", summary="Forget the read key")
    def logout() -> Response:
        resp = RedirectResponse("/", status_code=303)
        resp.delete_cookie(READ_COOKIE)
        return resp

    return r
