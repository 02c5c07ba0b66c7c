"""Built-in hooks, registered once when the package is imported."""
from .registry import register


def drop_blank(payload):
    return {key: value for key, value in payload.items() if value != ""}


def lower_keys(payload):
    return {key.lower(): value for key, value in payload.items()}


register(drop_blank)
HOOKS = register(lower_keys)
