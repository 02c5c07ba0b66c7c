from .dsn import apply_query


def connect(dsn, options={}):  # expect: HL101 refuted
    """Open a (simulated) connection; DSN query parameters join the options.

    options may also be given as (key, value) pairs."""
    opts = options or {}
    if not isinstance(opts, dict):
        opts = dict(opts)
    apply_query(opts, dsn)
    return {"host": dsn.split("?", 1)[0], "options": sorted(opts)}
