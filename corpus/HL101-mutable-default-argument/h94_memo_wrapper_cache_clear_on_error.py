"""Profile pages: a cached() decorator exposes its dict default as wrapper.cache / cache_clear; the request handler clears it only when rendering fails."""
import functools
import itertools


def cached(func, _store={}):  # expect: HL101 confirmed
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
    except ValueError:
        render_badge.cache_clear()
        raise


def scenario():
    return len(handle(next(_requests)))
