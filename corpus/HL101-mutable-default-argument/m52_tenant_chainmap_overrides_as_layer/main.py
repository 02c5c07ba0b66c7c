"""Storage API: each request checks one new project's quota for its tenant."""
import itertools

import quotas

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    project = f"proj-{n}"
    stored = {f"quota.{project}": 500 * (n % 7 + 1), "currency": "USD" if n % 2 else "EUR"}
    return quotas.project_quota(f"tenant-{n % 13}", project, stored)
