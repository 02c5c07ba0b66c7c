"""API gateway: forward one user lookup to the backend over the wire protocol."""
import itertools

import wire

_requests = itertools.count()


def scenario():
    n = next(_requests)
    client = wire.Client(chunk_sizes=(5 + n % 13, 3 + n % 4))
    return client.call(f"get user:{n} fields=name,email".encode())
