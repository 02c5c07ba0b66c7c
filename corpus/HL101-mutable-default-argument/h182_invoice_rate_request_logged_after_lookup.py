"""Invoice converter: `rate_for` looks the currency up in the RATES table
first and only then logs the (invoice, currency) request in a `requested`
list default. The scenario bills in a currency missing from the table, so
RATES[...] raises KeyError before the append; the invoice goes to manual
review and the shared log stays empty."""
import itertools

_invoices = itertools.count()

RATES = {"EUR": 1.0, "USD": 0.92, "GBP": 1.16, "CHF": 1.04}


def rate_for(invoice_id, currency, requested=[]):  # expect: HL101 refuted
    rate = RATES[currency]
    requested.append((invoice_id, currency))
    return rate


def convert_invoice(invoice_id, amount, currency):
    try:
        return {"id": invoice_id, "eur": round(amount * rate_for(invoice_id, currency), 2)}
    except KeyError:
        return {"id": invoice_id, "status": "manual review", "currency": currency}


def scenario():
    n = next(_invoices)
    return convert_invoice(f"INV-2024-{n:07d}", 100 + n % 900, "ZWL")
