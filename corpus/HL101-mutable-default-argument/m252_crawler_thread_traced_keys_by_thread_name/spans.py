"""Worker status page: the latest span each worker finished."""


def last_span(worker, op, size, _latest={}):  # expect: HL101 confirmed
    """Remember `worker`'s latest finished span; returns how many workers are listed."""
    _latest[worker] = (op, size)
    return len(_latest)


def describe(op, size):
    return f"{op}({size} args)"
