"""WSGI app: response_headers() returns the baseline header list every
response starts from, and the view appends its own Set-Cookie and
X-Request-Id pairs before calling start_response(). response_headers()
hands out list(headers), a fresh copy, so the default keeps its one pair."""
import itertools

_ids = itertools.count()


def response_headers(headers=[("Content-Type", "text/html; charset=utf-8")]):  # expect: HL101 refuted
    return list(headers)


def order_view(environ, start_response):
    headers = response_headers()
    headers.append(("Set-Cookie", f"sid={environ['SESSION']}; HttpOnly"))
    headers.append(("X-Request-Id", environ["REQUEST_ID"]))
    start_response("200 OK", headers)
    return [f"<h1>Order {environ['PATH_INFO']}</h1>".encode()]


def scenario():
    n = next(_ids)
    sent = []
    environ = {"PATH_INFO": f"/orders/{n}", "SESSION": f"s{n:016x}", "REQUEST_ID": f"req-{n:012d}"}
    body = order_view(environ, lambda status, hdrs: sent.append((status, len(hdrs))))
    return len(body[0]) + sent[0][1]
