"""Request handler: runs each request through the plugin pipeline under a trace."""
import itertools

import pipeline
from pipeline.plugins import tracing as trc

_ids = itertools.count()


class BadRequest(Exception):
    pass


def handle(request):
    with trc.traced(request["id"]) as spans:
        request = pipeline.run(request)
        if not request["path"].startswith("/api/"):
            raise BadRequest(request["path"])
        return {"status": 200, "audit": request["audit"], "spans": len(spans)}


def scenario():
    n = next(_ids)
    path = f"/api/items/{n}" if n % 4 else f"/static/app-{n}.css"
    try:
        return handle({"id": n, "path": path})
    except BadRequest:
        return {"status": 400}
