def defaults(opts={}):  # expect: HL101 confirmed
    """Client options: a timeout and a retry count unless `opts` sets them.

    Returns `opts` itself; with no argument that is the default dict, which
    request.prepare() then updates with one credential key per host.
    """
    opts.setdefault("timeout", 10)
    opts.setdefault("retries", 2)
    return opts
