"""HTTP client settings: per-request overrides are written into the options dict kept from __init__."""
import itertools


class RequestSettings:
    def __init__(self, opts={}):  # expect: HL101 confirmed
        self._opts = opts

    def get(self, key, fallback=None):
        return self._opts.get(key, fallback)

    def override(self, key, value):
        self._opts[key] = value

    def __contains__(self, key):
        return key in self._opts

    def keys(self):
        return sorted(self._opts)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    settings = RequestSettings()
    settings.override(f"trace-{n}", n)
    return settings.get("timeout", 30), "retries" in settings, len(settings.keys())
