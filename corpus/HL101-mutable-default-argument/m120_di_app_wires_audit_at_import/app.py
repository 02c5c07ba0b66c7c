"""The app: wires its providers, then serves requests."""
import functools

from audit import audit_line
from container import provide as bind


def wire():
    return bind("audit", functools.partial(audit_line, source="app"))


HOOKS = wire()


def handle(request_id, event):
    hooks = HOOKS
    return [hook(request_id, event) for hook in hooks]
