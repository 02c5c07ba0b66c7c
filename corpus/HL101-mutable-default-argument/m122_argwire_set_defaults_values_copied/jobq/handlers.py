"""Handlers that the parser's `func` default points to."""


def submit(ns):
    return f"submitted {ns.args[-1]} to {getattr(ns, 'queue', 'default')}"


def cancel(ns):
    return f"cancelled {ns.args[-1]}"
