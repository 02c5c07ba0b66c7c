from .dsn import apply_query


def connect(dsn, options={}):  # expect: HL101 confirmed
    """Open a (simulated) connection; DSN query parameters join the options.

    options may also be given as (key, value) pairs."""
    opts = options if isinstance(options, dict) else dict(options)
    apply_query(opts, dsn)
    return {"host": dsn.split("?", 1)[0], "options": sorted(opts)}
