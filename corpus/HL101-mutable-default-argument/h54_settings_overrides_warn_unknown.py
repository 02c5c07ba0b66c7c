"""Worker settings: built-in defaults merged with KEY = VALUE override text."""
import itertools

DEFAULTS = """
# worker pool
concurrency = 4
prefetch = 16
log_level = info   # debug, info, warning
"""
_ids = itertools.count()


def _pairs(text):
    for lineno, raw in enumerate(text.splitlines(), 1):
        line = raw.partition("#")[0].strip()
        if not line:
            continue
        key, sep, value = line.partition("=")
        if not sep:
            raise ValueError("line %d: expected KEY = VALUE, got %r" % (lineno, raw))
        yield key.strip().lower(), value.strip()


_KNOWN = frozenset(key for key, _ in _pairs(DEFAULTS))


def load_settings(overrides, _settings={}):  # expect: HL101 confirmed
    unknown = []
    for key, value in _pairs(DEFAULTS + "\n" + overrides):
        if key not in _KNOWN:
            unknown.append(key)
        _settings[key] = int(value) if value.isdigit() else value
    return dict(_settings), unknown


def scenario():
    n = next(_ids)
    text = "concurrency = %d\nqueue.orders-%d = high\n" % (n % 8 + 1, n)
    settings, unknown = load_settings(text)
    return settings["concurrency"], unknown
