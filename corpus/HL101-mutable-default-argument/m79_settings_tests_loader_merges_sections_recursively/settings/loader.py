"""loader: overlay a tenant's overrides on the defaults, section by section."""
from .defaults import defaults


def _merge(base, overrides):
    merged = dict(base)
    for key, value in overrides.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            # a section: keep the bundled keys, add the tenant's
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def load(overrides):
    return _merge(defaults(), overrides)
