"""Tenant sync worker: one session per tenant, with retries for its API host."""
import itertools

from httpkit import HTTPAdapter, Session

_tenants = itertools.count(1)


def sync_tenant(tenant):
    session = Session()
    session.mount(f"https://{tenant}.api.example.com/", HTTPAdapter(max_retries=3))
    return session.get(f"https://{tenant}.api.example.com/v1/invoices")


def scenario():
    return sync_tenant(f"tenant{next(_tenants)}")
