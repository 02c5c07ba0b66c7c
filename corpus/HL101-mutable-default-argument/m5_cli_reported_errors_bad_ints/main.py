import itertools

from cli import set_quota

QUOTAS = {}
_calls = itertools.count()


def scenario():
    n = next(_calls)
    raw = "unlimited" if n % 3 == 0 else str(n % 100)  # "unlimited" means no quota; int() rejects it
    return set_quota(QUOTAS, f"user{n % 10}", raw)
