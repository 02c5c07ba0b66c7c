LEVELS = ("debug", "info", "warning")


def log_request(payload, level="info"):
    if level not in LEVELS:
        raise ValueError(level)
    method = payload.get("method", "GET")
    line = "%s %s %s" % (level.upper(), method, payload["path"])
    return line.rstrip()
