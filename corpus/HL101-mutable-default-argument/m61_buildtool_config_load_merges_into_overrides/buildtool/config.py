"""Settings: built-in defaults, overridden by `-D key=value` on the command line."""
DEFAULTS = {"jobs": "4", "color": "auto", "profile": "debug"}


def load(defines=(), overrides={}):  # expect: HL101 confirmed
    merged = overrides
    for item in defines:
        key, sep, value = item.partition("=")
        if not sep:
            raise ValueError(f"expected KEY=VALUE, got {item!r}")
        merged[key.strip()] = value.strip()
    return {**DEFAULTS, **merged}
