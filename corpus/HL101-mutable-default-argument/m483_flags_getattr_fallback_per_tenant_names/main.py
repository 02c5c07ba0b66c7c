"""Request handler: each call checks the staged rollout for one tenant's user."""
import itertools

import flags

_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    tenant = f"tenant{n}"
    return flags.rollout_enabled(tenant, user_id=n * 37)
