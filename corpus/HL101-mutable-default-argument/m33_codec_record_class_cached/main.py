import itertools

import rowstore
from serialkit import to_primitive

_keys = itertools.count(1)


def scenario():
    n = next(_keys)
    row = rowstore.fetch("customers", n)
    payload = to_primitive({"data": [row], "page": n % 10})
    return payload["data"][0]["email"]
