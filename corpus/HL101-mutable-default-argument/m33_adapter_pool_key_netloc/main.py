"""Billing sync job: fetch each invoice with per-job credentials embedded in the URL."""
# oracle: calls=200
import itertools

import httpkit

_ids = itertools.count(1000)
INVOICE_URL = "https://{user}:{token}@API.billing.example.com:8443/v2/invoices/{id}"


def fetch_invoice(session, invoice_id, token):
    url = INVOICE_URL.format(user="sync", token=token, id=invoice_id)
    status, headers = session.request("get", url, headers={"X-Request-Id": str(invoice_id)})
    if status != 200:
        raise RuntimeError("invoice %d: HTTP %d" % (invoice_id, status))
    return int(headers["content-length"])


def scenario():
    n = next(_ids)
    with httpkit.Session(user_agent="billing-sync/%d" % (n % 3)) as session:
        return fetch_invoice(session, n, "tk%08x" % (n * 7919))
