import itertools

import services as svc

_requests = itertools.count()
COUNTRIES = ("de", "fr", "us")


def scenario():
    n = next(_requests)
    request = {"token": f"tok{n:06d}.user{n % 7}", "cache": {}}
    user = svc.current_user(request)
    return svc.quote(f"sku-{n % 40}", 1999 + n, COUNTRIES[n % 3], user)
