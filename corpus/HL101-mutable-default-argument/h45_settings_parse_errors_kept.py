"""Parse ``key = value`` settings sent by clients, skipping lines that do not
convert. Each skipped line's exception is appended to the default ``_errors``
list "for diagnostics"; the exception keeps its message, traceback and frame,
and the list is never emptied, so it grows with every malformed request."""
import itertools

_requests = itertools.count()

_CONVERTERS = {
    "timeout": float,
    "retries": int,
    "verbose": lambda v: v.lower() in ("1", "true", "yes"),
    "name": str,
}


def parse_settings(text, _errors=[]):  # expect: HL101 confirmed
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
            _errors.append(exc)
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
