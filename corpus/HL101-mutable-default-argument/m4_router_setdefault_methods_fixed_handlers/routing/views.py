"""Views: each dispatch marks the view's handler as allowed for the request's method."""
from .table import allow

HANDLERS = {"GET": "show", "POST": "create", "DELETE": "destroy"}


def dispatch(method, path):
    handler = HANDLERS.get(method, "not_allowed")
    allowed = allow(method, handler)
    return f"{method} {path} -> {handler} ({len(allowed)})"
