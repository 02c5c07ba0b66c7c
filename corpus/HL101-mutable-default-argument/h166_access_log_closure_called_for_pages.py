"""Tiny WSGI-style dispatcher: every request gets a `log()` closure from
`request_logger()` that formats an access line tagged with the request id
into `lines`, the factory's default list. Dynamic pages are served and then
logged, so each request's access line stays in that one default list."""
import itertools

_requests = itertools.count()

STATIC = {"/favicon.ico": b"\x00" * 16, "/robots.txt": b"User-agent: *\n"}


def request_logger(request_id, lines=[]):  # expect: HL101 confirmed
    def log(status, path, size):
        lines.append("%s %d %s %dB" % (request_id, status, path, size))
        return len(lines)

    return log


def handle(path, request_id):
    log = request_logger(request_id)
    if path in STATIC:
        return 200, STATIC[path]
    body = ("<h1>%s</h1>" % path).encode()
    log(200, path, len(body))
    return 200, body


def scenario():
    n = next(_requests)
    return handle("/orders/%d" % n, "req-%06d" % n)
