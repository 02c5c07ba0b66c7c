"""Views: each dispatch records the concrete path it served under the request's method."""
from .table import allow

HANDLERS = {"GET": "show", "POST": "create", "DELETE": "destroy"}


def dispatch(method, path):
    handler = HANDLERS.get(method, "not_allowed")
    count = allow(method, path)
    return f"{method} {path} -> {handler} ({count})"
