"""Web middleware: attaches timing metadata to each request object in a
default WeakKeyDictionary, so entries should vanish with their request. The
metadata dict also keeps the request itself for the access log line, so the
value holds its own key alive and no entry is ever removed."""
import itertools
import weakref

_ids = itertools.count()


class Request:
    def __init__(self, method, path):
        self.method = method
        self.path = path


def annotate(request, started, meta=weakref.WeakKeyDictionary()):  # expect: HL101 confirmed
    meta[request] = {"request": request, "started": started}
    info = meta[request]
    return f"{info['request'].method} {info['request'].path} t={info['started']}"


def scenario():
    n = next(_ids)
    return annotate(Request("GET", f"/carts/{n}"), started=1_700_000_000 + n)
