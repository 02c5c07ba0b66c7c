"""Settings: per-request overrides are layered over the defaults with ChainMap; keys that had to fall back are recorded for a report."""
import itertools
from collections import ChainMap


class Tracked(dict):
    def __init__(self, data, misses=[]):  # expect: HL101 confirmed
        super().__init__(data)
        self.misses = misses

    def __missing__(self, key):
        self.misses.append(key)
        raise KeyError(key)


DEFAULTS = {"theme": "light", "lang": "en", "page_size": 20}
HEADER = "user={user} theme={theme} lang={lang} size={page_size}"


def render_header(overrides):
    settings = ChainMap(Tracked(overrides), DEFAULTS)
    return HEADER.format_map(settings)


_requests = itertools.count()


def scenario():
    n = next(_requests)
    overrides = {"user": f"user{n}", "lang": ("de", "fr", "en")[n % 3]}
    return render_header(overrides)
