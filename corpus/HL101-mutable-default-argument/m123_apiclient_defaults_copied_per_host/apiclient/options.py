def defaults(opts={}):  # expect: HL101 refuted
    """Client options: a timeout and a retry count unless `opts` sets them.

    Returns `opts` itself, but request.prepare() copies it before adding the
    per-host credentials, so the default only ever holds these two keys.
    """
    opts.setdefault("timeout", 10)
    opts.setdefault("retries", 2)
    return opts
