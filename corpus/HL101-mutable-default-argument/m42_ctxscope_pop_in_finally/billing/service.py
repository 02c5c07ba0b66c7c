from .utils import minor_units, request_scope


class UnsupportedCurrency(Exception):
    pass


class InvoiceService:
    def __init__(self, rates):
        self.rates = rates

    def charge(self, customer, amount, currency):
        with request_scope({"customer": customer, "op": "charge"}) as ctx:
            rate = self.rates.get(currency.upper())
            if rate is None:
                raise UnsupportedCurrency(currency)
            cents = minor_units(amount)
            ctx["currency"] = currency
            return {"customer": customer, "eur_cents": round(cents * rate), "tags": sorted(ctx)}
