"""Tiny WSGI-style response objects and middleware for a micro framework."""
import itertools
from typing import NamedTuple

_rid = itertools.count()


class Response(NamedTuple):
    status: str
    headers: list
    body: bytes = b""


def make_response(body, status="200 OK", headers=[]):  # expect: HL101 refuted
    if isinstance(body, str):
        body = body.encode("utf-8")
    return Response(status, list(headers), body)


def request_id_middleware(handler):
    def wrapped(path):
        resp = handler(path)
        resp.headers.append(("X-Request-Id", f"req-{next(_rid):x}"))
        return resp._replace(body=resp.body or b"-")
    return wrapped


@request_id_middleware
def view(path):
    if path.startswith("/static/"):
        return make_response(b"", "304 Not Modified", [("Cache-Control", "max-age=60")])
    if path == "/health":
        return make_response("ok")
    return make_response(f"<h1>{path.strip('/').title()}</h1>")


def scenario():
    n = next(_rid)
    resp = view(("/health", "/static/app.js", f"/users/{n}")[n % 3])
    return resp._asdict()["status"], len(resp.headers)
