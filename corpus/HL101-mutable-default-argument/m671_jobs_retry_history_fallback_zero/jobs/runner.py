from .history import remember


def run_job(name, attempt=0, opts={}):  # expect: HL101 refuted
    retries = opts.get("retries", 0)
    if retries > 0:
        seen = remember(opts, name, attempt)
    else:
        seen = remember(dict(opts), name, attempt)
    return {"job": name, "attempt": attempt, "seen": seen}
