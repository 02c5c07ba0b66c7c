import functools

from . import audit


def audited(view, trail=[]):  # expect: HL101 refuted
    """Wrap a view; the trail lists the audited endpoints, filled at import."""
    audit.register(trail, view.__name__)

    @functools.wraps(view)
    def wrapper(request, *args):
        response = view(request, *args)
        response["headers"] = {"X-Audit": audit.summary(trail)}
        return response

    return wrapper
