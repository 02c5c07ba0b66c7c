"""Parse ``key = value`` settings sent by clients, skipping lines that do not
convert. Skipped lines are only counted per exception type in the default
``_errors`` Counter; its keys come from a fixed set of type names and the
exception itself is dropped, so the Counter does not grow."""
import collections
import itertools

_requests = itertools.count()

_CONVERTERS = {
    "timeout": float,
    "retries": int,
    "verbose": lambda v: v.lower() in ("1", "true", "yes"),
    "name": str,
}


def parse_settings(text, _errors=collections.Counter()):  # expect: HL101 refuted
    settings = {}
    for lineno, line in enumerate(text.splitlines(), 1):
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        key, sep, raw = line.partition("=")
        key = key.strip()
        try:
            if not sep or key not in _CONVERTERS:
                raise ValueError("line %d: unknown setting %r" % (lineno, key))
            settings[key] = _CONVERTERS[key](raw.strip())
        except ValueError as exc:
            _errors[type(exc).__name__] += 1
    return settings


def apply_client_settings(client_id, text):
    settings = {"name": "client-%d" % client_id, "timeout": 5.0, "retries": 3}
    settings.update(parse_settings(text))
    return settings


def scenario():
    n = next(_requests)
    text = (
        "timeout = %d.5\n"
        "retries = r%d   # typo from the client\n"
        "verbose = yes\n" % (n % 30, n)
    )
    return apply_client_settings(n, text)
