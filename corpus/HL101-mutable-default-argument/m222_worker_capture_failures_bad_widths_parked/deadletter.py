"""Dead-letter queue: failed job calls, kept for inspection and manual retry."""


def park(job_name, args, reason, _parked=[]):  # expect: HL101 confirmed
    """Queue one failed call; returns the queue length."""
    _parked.append((job_name, args, reason))
    return len(_parked)


def pending():
    """The parked calls, oldest first (a copy)."""
    return list(park.__defaults__[0])
