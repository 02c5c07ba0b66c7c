"""Debug decorator that keeps the most recent calls of service functions."""
import collections
import functools
import itertools

_ids = itertools.count()


class CallRecorder:
    def __init__(self, history=collections.deque()):  # expect: HL101 confirmed
        self.history = history

    def __call__(self, func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            self.history.append((func.__qualname__, args, tuple(sorted(kwargs.items()))))
            return func(*args, **kwargs)
        return wrapper

    def last(self, count=5):
        return list(self.history)[-count:]


trace = CallRecorder()


@trace
def fetch_user(user_id, include_groups=False):
    groups = ("staff",) if include_groups and user_id % 3 == 0 else ()
    return {"id": user_id, "name": "user%d" % user_id, "groups": groups}


@trace
def render_profile(user):
    return "<h1>%(name)s</h1><p>%(groups)s</p>" % user


def scenario():
    n = next(_ids)
    return render_profile(fetch_user(n, include_groups=True))
