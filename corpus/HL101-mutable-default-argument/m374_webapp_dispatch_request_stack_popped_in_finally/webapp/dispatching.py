"""dispatch(): push the request on the request stack, run hooks and the view, pop it."""
from .hooks import run_before_hooks


def dispatch(request, view, _stack=[]):  # expect: HL101 refuted
    _stack.append(request)
    request["depth"] = len(_stack)
    try:
        response = run_before_hooks(request)
        return response if response is not None else view(request)
    finally:
        _stack.pop()
