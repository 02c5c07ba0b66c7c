"""API gateway: each incoming call is forwarded to the billing service with a fresh request id."""
import itertools

from client import Client

_calls = itertools.count()
billing = Client("billing.internal", token="svc-token")


def scenario():
    n = next(_calls)
    request = billing.prepare("GET", f"/invoices/{n}", request_id=f"req-{n:08x}")
    return request["url"], len(request["headers"])
