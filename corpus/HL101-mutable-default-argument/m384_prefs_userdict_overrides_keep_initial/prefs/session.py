"""Per-request resolution: overrides are scoped by user so audit logs can show them."""
from .layers import DEFAULTS, Overrides


def resolve(user, query):
    overrides = Overrides()
    for key, value in query.items():
        overrides[f"{user}:{key}"] = value
    return {key: overrides.get(f"{user}:{key}", value) for key, value in DEFAULTS.items()}
