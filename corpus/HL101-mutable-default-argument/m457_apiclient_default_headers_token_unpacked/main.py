"""Storefront backend: each customer call to the shop API is built with that customer's token."""
import itertools

import apiclient

_calls = itertools.count(1)


def scenario():
    n = next(_calls)
    request = apiclient.build_request("GET", f"/carts/{n}", token=f"tok_{n:012x}")
    return request["url"], len(request["headers"])
