"""Upload API: one stored file per call, for a new user."""
import itertools

from uploads import service

_ids = itertools.count()


def scenario():
    n = next(_ids)
    upload = {"id": f"up-{n}", "name": f"scan{n}.pdf", "size": 1000 + n}
    return service.store(upload, owner=f"user{n}@example.com")
