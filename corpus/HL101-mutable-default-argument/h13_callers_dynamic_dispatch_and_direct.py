"""Metrics: one caller reaches mark() through a getattr-resolved handler, another calls it directly; the default dict gains a key per request."""
import itertools
import operator


def mark(metric, key, seen={}):  # expect: HL101 confirmed
    seen[(metric, key)] = seen.get((metric, key), 0) + 1
    return seen[(metric, key)]


class Hooks:
    def on_request(self, path):
        return mark("req", path)


def dispatch(hooks, event, arg):
    return operator.methodcaller(f"on_{event}", arg)(hooks)


def on_error(path):
    return mark("err", path)


_paths = itertools.count()


def scenario():
    n = next(_paths)
    dispatch(Hooks(), "request", f"/a/{n}")
    return on_error(f"/b/{n}")
