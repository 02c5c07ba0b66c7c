"""Replay of invoice page views: a new invoice and a new total per request."""
import itertools

import invoices

_invoices = itertools.count(1)
HEADERS = ("de-DE,de;q=0.9,en;q=0.8", "fr-CH, fr;q=0.9", "en-GB,en;q=0.7", "nl-NL,nl;q=0.9")
CURRENCIES = ("EUR", "USD", "GBP")


def scenario():
    n = next(_invoices)
    request = {"path": f"/invoices/{n}", "accept_language": HEADERS[n % 4], "query": {}}
    if n % 5 == 0:
        request["query"]["lang"] = "fr"
    invoice = {"id": n, "total": 1000 + n * 13.37, "currency": CURRENCIES[n % 3]}
    return invoices.invoice_footer(request, invoice)
