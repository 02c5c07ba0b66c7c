import itertools

import httpkit

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    resp = httpkit.get("/v1/items/%d/" % n, params={"page": n % 5})
    if resp.status >= 400:
        raise RuntimeError(resp.url)
    return resp.url
