"""decorators: the @requires guard used by every view."""
import functools

from .policy import decide


class Forbidden(Exception):
    status = 403


def requires(action):
    def wrap(view):
        @functools.wraps(view)
        def guarded(request, *args, **kwargs):
            if not decide(request["user"], action):
                return {"status": Forbidden.status, "body": f"{action} denied"}
            return view(request, *args, **kwargs)
        return guarded
    return wrap
