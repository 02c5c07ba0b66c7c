"""Web app: one request per call, each with its own request id."""
import itertools

from app.handlers import handle_profile

_ids = itertools.count()


def scenario():
    n = next(_ids)
    return handle_profile({"id": f"req-{n:08d}", "user": f"user{n}"})
