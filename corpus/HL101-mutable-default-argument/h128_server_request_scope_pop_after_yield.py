"""HTTP server core: a request_scope() context manager pushes the request
id onto a default list so log lines can name the request being served, and
pops it after the handler. The pop follows the yield instead of sitting in a
finally, so each request whose view raises (a 404 here) leaves its id on
the shared stack."""
import contextlib
import itertools

_reqs = itertools.count()


class NotFound(Exception):
    status = 404


@contextlib.contextmanager
def request_scope(request_id, stack=[]):  # expect: HL101 confirmed
    stack.append(request_id)
    yield stack
    stack.pop()


def view(path):
    if not path.startswith("/products/"):
        raise NotFound(path)
    return 200, "product %s" % path.rsplit("/", 1)[-1]


def serve(request_id, path):
    try:
        with request_scope(request_id) as stack:
            status, body = view(path)
            return status, "[%s] %s" % (stack[-1], body)
    except NotFound as exc:
        return exc.status, "not found"


def scenario():
    n = next(_reqs)
    return serve(f"req-{n:08d}-a", f"/products/{n}")[0] + serve(f"req-{n:08d}-b", f"/missing/{n}")[0]
