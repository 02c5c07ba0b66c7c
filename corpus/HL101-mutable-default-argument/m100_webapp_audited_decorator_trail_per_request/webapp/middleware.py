import functools

from . import audit


def audited(view, trail=[]):  # expect: HL101 confirmed
    """Wrap a view so that every call it serves lands in the audit trail."""

    @functools.wraps(view)
    def wrapper(request, *args):
        response = view(request, *args)
        audit.record(trail, view.__name__, request["id"], response["status"])
        response["headers"] = {"X-Audit": audit.summary(trail)}
        return response

    return wrapper
