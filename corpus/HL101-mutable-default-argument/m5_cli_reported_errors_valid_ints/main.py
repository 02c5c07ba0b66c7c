import itertools

from cli import set_quota

QUOTAS = {}
_calls = itertools.count()


def scenario():
    n = next(_calls)
    raw = "-1" if n % 3 == 0 else str(n % 100)  # "-1" means no quota
    return set_quota(QUOTAS, f"user{n % 10}", raw)
