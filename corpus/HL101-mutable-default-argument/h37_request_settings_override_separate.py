"""HTTP client settings: overrides go to a per-instance dict; the options kept from __init__ are only read."""
import itertools


class RequestSettings:
    def __init__(self, opts={}):  # expect: HL101 refuted
        self._opts = opts
        self._overrides = {}

    def get(self, key, fallback=None):
        if key in self._overrides:
            return self._overrides[key]
        return self._opts.get(key, fallback)

    def override(self, key, value):
        self._overrides[key] = value

    def __contains__(self, key):
        return key in self._overrides or key in self._opts

    def keys(self):
        return sorted({**self._opts, **self._overrides})


_requests = itertools.count()


def scenario():
    n = next(_requests)
    settings = RequestSettings()
    settings.override(f"trace-{n}", n)
    return settings.get("timeout", 30), "retries" in settings, len(settings.keys())
