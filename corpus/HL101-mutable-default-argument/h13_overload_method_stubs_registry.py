"""Serializer registry: overloaded method stubs, then an implementation that registers each handler in a default dict."""
import itertools
from typing import Callable, Dict, overload


class Serializer:
    @overload
    def register(self, kind: str, fn: Callable, table: Dict[str, Callable] = {}) -> None: ...
    @overload
    def register(self, kind: type, fn: Callable, table: Dict[str, Callable] = {}) -> None: ...

    def register(self, kind, fn, table={}):  # expect: HL101 confirmed
        name = kind if isinstance(kind, str) else kind.__name__
        table[name] = fn
        return len(table)


_types = itertools.count()


def scenario():
    n = next(_types)
    return Serializer().register(f"point{n}", str)
