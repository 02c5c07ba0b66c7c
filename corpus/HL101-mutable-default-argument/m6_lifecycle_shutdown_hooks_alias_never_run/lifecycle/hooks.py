"""atexit-style hooks: callbacks registered during the run are called, newest first, at shutdown."""
import functools

_HOOKS = []


def at_shutdown(fn, *args, _hooks=_HOOKS, **kwargs):  # expect: HL101 confirmed
    _hooks.append(functools.partial(fn, *args, **kwargs))
    return fn


def pending():
    return len(_HOOKS)


def run_hooks():
    while _HOOKS:
        hook = _HOOKS.pop()
        hook()
