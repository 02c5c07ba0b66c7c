"""CRM sync: each form submission pushes a contact and the deal it opened to
the remote CRM (a dry-run transport here)."""
import itertools

from sync.client import DryRunClient
from sync.resources import ContactSync, DealSync

_submissions = itertools.count()


def scenario():
    n = next(_submissions)
    client = DryRunClient()
    ContactSync(client).push({"email": f"visitor{n}@example.net", "name": f"Visitor {n}"})
    DealSync(client).push({"title": f"Deal {n}", "amount": n * 10})
    return client.sent, client.last
