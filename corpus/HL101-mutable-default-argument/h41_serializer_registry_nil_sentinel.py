"""Serializers: Registry.get() uses a module-level `_nil = []` default purely as a sentinel (`default is _nil`) next to an object() marker; nothing is stored in it."""
import itertools

_missing = object()
_nil = []


class Registry:
    def __init__(self):
        self._items = {"json": "application/json", "csv": "text/csv", "xml": "application/xml"}

    def get(self, name, default=_nil):  # expect: HL101 refuted
        value = self._items.get(name, _missing)
        if value is _missing:
            if default is _nil:
                raise KeyError(name)
            return default
        return value


registry = Registry()
_responses = itertools.count()


def scenario():
    n = next(_responses)
    fmt = ("json", "csv", "xml", f"x-custom-{n}")[n % 4]
    return registry.get(fmt, f"application/octet-stream; id={n}") if n % 4 == 3 else registry.get(fmt)
