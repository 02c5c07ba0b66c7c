"""Settings object in the style of a web framework: get() takes a default
and uses a private marker instance to tell "no default given" from an
explicit None. The marker is only compared with `is`; nothing is ever
stored on it, so the shared default never changes."""
import itertools

_ids = itertools.count()


class _Missing:
    __slots__ = ()

    def __repr__(self):
        return "<missing>"


_MISSING = _Missing()


class Settings:
    def __init__(self, values):
        self._values = dict(values)

    def get(self, key, default=_MISSING):
        try:
            return self._values[key]
        except KeyError:
            if default is _MISSING:
                raise KeyError(f"setting {key!r} is not configured") from None
            return default


def scenario():
    n = next(_ids)
    settings = Settings({"DEBUG": False, f"TENANT_{n}_DB": f"db{n}"})
    return settings.get(f"TENANT_{n}_DB"), settings.get(f"TENANT_{n}_CACHE", None)
