"""Web worker: each request leaves breadcrumbs through errtrack.add_breadcrumb (a renamed re-export)."""
import itertools

from errtrack import add_breadcrumb, recent

_requests = itertools.count()


def handle(method, path, user):
    add_breadcrumb("http", f"{method} {path}")
    add_breadcrumb("auth", f"user={user}")
    if path.endswith("/0"):
        return 500, recent()
    return 200, None


def scenario():
    n = next(_requests)
    return handle("POST", f"/api/orders/{n}", f"u{n % 977}")[0]
