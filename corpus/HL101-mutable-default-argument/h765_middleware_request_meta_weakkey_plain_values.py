"""Web middleware: attaches timing metadata to each request object in a
default WeakKeyDictionary, so entries vanish with their request. The
metadata dict copies the method and path it needs for the access log line
instead of the request, so once the request is dropped its entry goes too."""
import itertools
import weakref

_ids = itertools.count()


class Request:
    def __init__(self, method, path):
        self.method = method
        self.path = path


def annotate(request, started, meta=weakref.WeakKeyDictionary()):  # expect: HL101 refuted
    meta[request] = {"method": request.method, "path": request.path, "started": started}
    info = meta[request]
    return f"{info['method']} {info['path']} t={info['started']}"


def scenario():
    n = next(_ids)
    return annotate(Request("GET", f"/carts/{n}"), started=1_700_000_000 + n)
