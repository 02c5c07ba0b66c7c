"""Settings object in the style of a web framework: get() takes a private
miss-log instance that records which keys were looked up without being
configured, for a later "unused default" report. The miss log is the shared
default instance, and every fresh missing key is appended to it."""
import itertools

_ids = itertools.count()


class _MissLog:
    def __init__(self):
        self.keys = []

    def __repr__(self):
        return f"<missing: {len(self.keys)} keys>"


_MISSES = _MissLog()


class Settings:
    def __init__(self, values):
        self._values = dict(values)

    def get(self, key, default=None, misses=_MISSES):  # expect: HL101 confirmed
        try:
            return self._values[key]
        except KeyError:
            misses.keys.append(key)
            return default


def scenario():
    n = next(_ids)
    settings = Settings({"DEBUG": False, f"TENANT_{n}_DB": f"db{n}"})
    return settings.get(f"TENANT_{n}_DB"), settings.get(f"TENANT_{n}_CACHE", None)
