"""Connection options: per-call keywords are merged over the caller's base options."""
import os


def _coerce(value):
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (list, tuple)):
        return list(value)
    if isinstance(value, dict):
        return dict(value)
    return value


def merge(base, **overrides):
    if not overrides:
        return base
    merged = dict(base)
    for key, value in overrides.items():
        merged[key] = _coerce(value)
    return merged


def tracing():
    return os.environ.get("DB_TRACE", "1") != "0"
