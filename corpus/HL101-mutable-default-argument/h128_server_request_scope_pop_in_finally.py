"""HTTP server core: a request_scope() context manager pushes the request
id onto a default list for log lines and pops it in a finally, so a view
that raises (a 404 here) is thrown in at the yield and its id still pops."""
import contextlib
import itertools

_reqs = itertools.count()


class NotFound(Exception):
    status = 404


@contextlib.contextmanager
def request_scope(request_id, stack=[]):  # expect: HL101 refuted
    stack.append(request_id)
    try:
        yield stack
    finally:
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
