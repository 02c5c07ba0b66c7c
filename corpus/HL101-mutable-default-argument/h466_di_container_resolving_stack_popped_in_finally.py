"""Dependency injection: `Container.resolve()` detects cycles with a resolution stack kept
in its default argument, shared by all containers (entries are tagged with the container).
The entry is pushed before the factory runs and popped in `finally:`, so after every
resolve, successful or not, the stack is back to empty."""
import itertools


class CycleError(RuntimeError):
    pass


class Container:
    def __init__(self):
        self._factories = {}

    def register(self, name, factory):
        self._factories[name] = factory

    def resolve(self, name, _stack=[]):  # expect: HL101 refuted
        if (self, name) in _stack:
            raise CycleError(" -> ".join(n for _, n in _stack) + f" -> {name}")
        _stack.append((self, name))
        try:
            return self._factories[name](self)
        finally:
            _stack.pop()


_requests = itertools.count()


def scenario():
    n = next(_requests)
    c = Container()
    c.register("settings", lambda c: {"dsn": f"sqlite:///tenant-{n % 7}.db"})
    c.register("db", lambda c: ("connection", c.resolve("settings")["dsn"]))
    c.register("repo", lambda c: ("orders-repo", c.resolve("db"), n))
    return c.resolve("repo")
