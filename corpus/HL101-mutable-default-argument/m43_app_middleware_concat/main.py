import itertools

from web import create_app

_ids = itertools.count(1)
SETTINGS = {"debug": False, "middleware": ["request_id", "gzip"]}


def scenario():
    n = next(_ids)
    app = create_app("tenant-%d" % n, SETTINGS)
    status, headers = app.handle({"path": "/health", "tenant": n})
    return status, len(headers)
