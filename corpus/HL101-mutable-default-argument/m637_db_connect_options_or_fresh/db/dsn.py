"""DSN query parsing: ?k=v&k=v into an options mapping."""


def apply_query(opts, dsn):
    """Write the DSN's query parameters into opts; repeated keys become lists."""
    _, _, query = dsn.partition("?")
    for pair in filter(None, query.split("&")):
        key, sep, value = pair.partition("=")
        if not sep:
            raise ValueError(f"malformed DSN parameter {pair!r}")
        if key in opts:
            current = opts[key]
            if not isinstance(current, list):
                opts[key] = current = [current]
            current.append(value)
        else:
            opts[key] = value
    return opts
