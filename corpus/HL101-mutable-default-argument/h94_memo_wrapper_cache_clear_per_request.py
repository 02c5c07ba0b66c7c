"""Profile pages: a cached() decorator exposes its dict default as wrapper.cache / cache_clear; it is a per-request memo, cleared when each request ends."""
import functools
import itertools


# heaplint-todo: it grows only when a condition heaplint cannot evaluate goes one way (heaplint: unknown)
def cached(func, _store={}):  # expect: HL101 refuted
    def wrapper(*args):
        if args not in _store:
            _store[args] = func(*args)
        return _store[args]
    wrapper.cache = _store
    wrapper.cache_clear = _store.clear
    return functools.update_wrapper(wrapper, func)


def _badge(user, level, style):
    if level < 0:
        raise ValueError(f"bad level for {user}")
    return f'<span class="badge badge-{style}">{user} · L{level}</span>'


render_badge = cached(functools.partial(_badge, style="flat"))
_requests = itertools.count()


def handle(user_id):
    try:
        return render_badge(f"user-{user_id}", user_id % 7)
    finally:
        render_badge.cache_clear()


def scenario():
    return len(handle(next(_requests)))
