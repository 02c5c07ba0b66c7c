"""dispatch(): push the request on the request stack, run hooks and the view; the request
is popped again only when a hook or the view raises."""
from .hooks import run_before_hooks


def dispatch(request, view, _stack=[]):  # expect: HL101 confirmed
    _stack.append(request)
    request["depth"] = len(_stack)
    try:
        response = run_before_hooks(request)
        return response if response is not None else view(request)
    except Exception:
        _stack.pop()
        raise
