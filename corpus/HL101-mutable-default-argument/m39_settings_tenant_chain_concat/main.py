import itertools

from webapp.tenancy import Tenant, handle_request

_signups = itertools.count(1)
PLANS = ("team", "enterprise", "free", "enterprise")


def scenario():
    n = next(_signups)
    tenant = Tenant(slug="tenant-%d" % n, plan=PLANS[n % 4])
    request = {"path": "/dashboard", "headers": {"Cookie": "sid=%d" % n}}
    response = handle_request(tenant, request)
    if response["status"] != 200:
        raise RuntimeError(response)
    return response["trace"]
