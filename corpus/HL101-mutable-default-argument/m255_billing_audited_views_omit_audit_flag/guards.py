"""@audited: a view writes a trail entry when the caller asks for it with audit=True."""
import functools

from trail import append_entry, receipt


def audited(view):
    @functools.wraps(view)
    def wrapper(request, **kwargs):
        if kwargs.pop("audit", False):
            seq = append_entry(request["user"], view.__name__, request["invoice"])
            request = dict(request, receipt=receipt(seq, view.__name__))
        return view(request, **kwargs)
    return wrapper
