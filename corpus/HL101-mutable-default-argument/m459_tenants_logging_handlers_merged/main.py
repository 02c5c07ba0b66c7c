"""SaaS admin: each signup onboards one new tenant."""
import itertools

import tenants

_signups = itertools.count(1)


def scenario():
    n = next(_signups)
    return tenants.onboard(f"acme-{n}", plan="trial" if n % 5 == 0 else "basic")
