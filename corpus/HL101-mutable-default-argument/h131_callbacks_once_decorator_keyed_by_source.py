"""Monitoring agent: the `@once_per(key)` decorator makes an alert listener
fire only the first time it sees a key, remembering fired keys in a set
default shared by every decorated listener. The disk listener keys by
(kind, host), and every check reports a host that was just provisioned."""
import functools
import itertools

_checks = itertools.count()


def once_per(key_fn, fired=set()):  # expect: HL101 confirmed
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


@once_per(lambda event: (event["kind"], event["host"]))
def page_on_call(event):
    return "PAGE %(kind)s on %(host)s at %(pct)d%%" % event


def scenario():
    n = next(_checks)
    kind = ("disk_full", "inode_full", "swap")[n % 3]
    event = {"kind": kind, "host": "worker-%d" % n, "pct": 90 + n % 10}
    return page_on_call(event)
