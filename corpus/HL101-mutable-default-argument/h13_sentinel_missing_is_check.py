"""Settings lookup: a private _Missing instance marks "no default given" and is only compared with `is`."""
import itertools


class _Missing:
    def __repr__(self):
        return "<MISSING>"


MISSING = _Missing()


class Settings:
    def __init__(self, values):
        self._values = dict(values)

    def get(self, key, default=MISSING):
        if key in self._values:
            return self._values[key]
        if default is MISSING:
            raise KeyError(key)
        return default


_loads = itertools.count()


def scenario():
    n = next(_loads)
    settings = Settings({"db.host": f"db{n}.internal", "db.port": 5432})
    return settings.get("db.host"), settings.get("db.pool", default=n % 10)
