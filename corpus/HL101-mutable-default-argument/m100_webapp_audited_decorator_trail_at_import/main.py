"""Order service: one GET /orders/<id> request per call."""
import itertools

from webapp import app

_ids = itertools.count()


def scenario():
    n = next(_ids)
    request = {"id": f"req-{n}", "method": "GET", "path": f"/orders/{1000 + n}"}
    response = app.handle(request)
    return response["status"], response["headers"]["X-Audit"]
