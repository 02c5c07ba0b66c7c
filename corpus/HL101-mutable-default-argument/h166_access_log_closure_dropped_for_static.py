"""Tiny WSGI-style dispatcher: every request gets a `log()` closure from
`request_logger()` that would format an access line into `lines`, the
factory's default list. Static files are answered from the table before the
closure is ever called, so for these requests the logger is built and
dropped and the default list stays empty."""
import itertools

_requests = itertools.count()

STATIC = {"/favicon.ico": b"\x00" * 16, "/robots.txt": b"User-agent: *\n"}


# heaplint-todo: `request_logger.<locals>.log`, which can store into it at line 15, never ran in the scenario; code heaplint cannot see may call it (heaplint: unknown)
def request_logger(request_id, lines=[]):  # expect: HL101 refuted
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
    return handle("/robots.txt" if n % 2 else "/favicon.ico", "req-%06d" % n)
