"""Web app dispatcher: legacy URLs are rewritten and re-dispatched in-process, with redirect-loop detection."""
import contextlib
import itertools


class HTTPError(Exception):
    def __init__(self, code, detail):
        super().__init__(detail)
        self.code = code


@contextlib.contextmanager
def dispatching(path, stack=[]):  # expect: HL101 confirmed
    if path in stack:
        raise HTTPError(508, " -> ".join(stack + [path]))
    stack.append(path)
    yield len(stack)
    stack.pop()


def dispatch(path):
    with dispatching(path) as depth:
        if path.startswith("/legacy/"):
            return dispatch(path[len("/legacy"):])
        _, kind, ident = path.rsplit("/", 2)
        if kind != "items" or not ident.isdigit() or int(ident) % 3 == 0:
            raise HTTPError(404, path)
        return 200, {"item": int(ident), "hops": depth - 1}


def handle(path):
    try:
        return dispatch(path)
    except HTTPError as exc:
        return exc.code, {"error": str(exc), "path": path}


_ids = itertools.count()


def scenario():
    n = next(_ids)
    return handle(f"/legacy/catalog/items/{n}" if n % 2 else f"/catalog/items/{n}")
