"""Invoice converter: `rate_for` logs each (invoice, currency) request in a
`requested` list default and then looks the currency up in the RATES table.
The scenario bills in a currency missing from the table, so RATES[...]
raises KeyError and the invoice goes to manual review, but the request tuple
was appended before the lookup and the shared log grows per invoice."""
import itertools

_invoices = itertools.count()

RATES = {"EUR": 1.0, "USD": 0.92, "GBP": 1.16, "CHF": 1.04}


def rate_for(invoice_id, currency, requested=[]):  # expect: HL101 confirmed
    requested.append((invoice_id, currency))
    return RATES[currency]


def convert_invoice(invoice_id, amount, currency):
    try:
        return {"id": invoice_id, "eur": round(amount * rate_for(invoice_id, currency), 2)}
    except KeyError:
        return {"id": invoice_id, "status": "manual review", "currency": currency}


def scenario():
    n = next(_invoices)
    return convert_invoice(f"INV-2024-{n:07d}", 100 + n % 900, "ZWL")
