"""before_request hooks, registered once at import time by the application."""

_BEFORE = []


def before_request(func):
    _BEFORE.append(func)
    return func


def run_before_hooks(request):
    for hook in _BEFORE:
        response = hook(request)
        if response is not None:
            return response
    return None
