"""Monitoring agent: the `@once_per(key)` decorator makes an alert listener
fire only the first time it sees a key, remembering fired keys in a set
default shared by every decorated listener. The pager keys by the alert
kind alone, one of three, so the set stops growing after the first few."""
import functools
import itertools

_checks = itertools.count()


# heaplint-todo: called with new arguments as outside code would call it, decorate grows it; but this application uses decorate as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def once_per(key_fn, fired=set()):  # expect: HL101 refuted
    def decorate(listener):
        @functools.wraps(listener)
        def wrapper(event):
            key = (listener.__name__,) + key_fn(event)
            if key in fired:
                return None
            fired.add(key)
            return listener(event)
        return wrapper
    return decorate


@once_per(lambda event: (event["kind"],))
def page_on_call(event):
    return "PAGE %(kind)s on %(host)s at %(pct)d%%" % event


def scenario():
    n = next(_checks)
    kind = ("disk_full", "inode_full", "swap")[n % 3]
    event = {"kind": kind, "host": "worker-%d" % n, "pct": 90 + n % 10}
    return page_on_call(event)
