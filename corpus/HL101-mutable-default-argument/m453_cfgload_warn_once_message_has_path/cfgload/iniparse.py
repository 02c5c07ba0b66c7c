from .warn import DEPRECATED, warn_once


def parse(text):
    """Parse `key = value` lines; deprecated keys warn once per key."""
    values = {}
    for raw in text.splitlines():
        key, sep, value = raw.partition("=")
        if not sep:
            continue
        key = key.strip()
        if key in DEPRECATED:
            warn_once(f"{key} is deprecated, {DEPRECATED[key]}")
        values[key] = value.strip()
    return values
