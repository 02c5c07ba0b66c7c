"""Sink: Graphite plaintext (kept for the old dashboards, not selected)."""


def emit(name, value, prefix=None):
    return f"{prefix or 'prod'}.{name} {value} 0"
