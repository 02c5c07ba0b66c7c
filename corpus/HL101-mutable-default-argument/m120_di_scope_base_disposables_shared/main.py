"""Report worker: each request opens a scope, runs one query, closes the scope."""
import itertools

from webreq import RequestScope

_ids = itertools.count()


def scenario():
    n = next(_ids)
    scope = RequestScope(f"req-{n}")
    try:
        return scope.connection().execute(f"SELECT total FROM reports WHERE id = {n}")
    finally:
        scope.close()
