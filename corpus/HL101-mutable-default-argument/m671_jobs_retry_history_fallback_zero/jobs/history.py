def remember(opts, name, attempt):
    """Keep a retry record in the options so a dashboard can list it."""
    opts.setdefault("history", []).append(f"{name}#{attempt}")
    return len(opts["history"])
