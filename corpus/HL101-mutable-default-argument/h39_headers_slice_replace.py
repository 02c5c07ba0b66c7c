"""WSGI-ish response builder: the default header list has its request-id slot overwritten by slice assignment, so it never gets longer."""
import itertools


def build_response(body, request_id, headers=[("Server", "app/1.0"), ("X-Request-Id", "")]):  # expect: HL101 refuted
    headers[1:] = [("X-Request-Id", request_id)]
    out = headers + [("Content-Length", str(len(body)))]
    return "200 OK", out, [body]


_reqs = itertools.count()


def scenario():
    n = next(_reqs)
    status, hdrs, chunks = build_response(f"<p>order {n}</p>".encode(), f"req-{n:08d}")
    return status, dict(hdrs)["X-Request-Id"], len(chunks[0])
