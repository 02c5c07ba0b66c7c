"""API gateway: each call is checked by the plugins configured for the gateway."""
import itertools

from gateway import Request, admit

_calls = itertools.count()


def scenario():
    n = next(_calls)
    request = Request(tenant=f"acct-{n}", path=f"/v1/invoices/{n}", origin="https://app.example.test")
    return admit(request, used=n % 130)
