"""Embedded console: each session installs a sys.displayhook that records cell outputs as _oh."""
import itertools
import sys


class Console:
    def __init__(self, user):
        self.user = user
        self.namespace = {"__name__": "__console__"}

    def push(self, source):
        exec(compile(source, "<console>", "single"), self.namespace)


def install_displayhook(console, history=[]):  # expect: HL101 refuted
    history = history or []

    def hook(value):
        if value is None:
            return
        console.namespace["_"] = value
        history.append(value)

    console.namespace["_oh"] = history
    sys.displayhook = hook
    return history


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    console = Console(f"user{n}")
    install_displayhook(console)
    console.namespace.update(price=n, qty=3)
    console.push("price * qty")
    console.push("[price] * qty")
    sys.displayhook = sys.__displayhook__
    return console.namespace["_oh"]
