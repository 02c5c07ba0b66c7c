"""Invoice export: a MoneyEncoder (json.JSONEncoder) lets json.dumps() write
Decimal amounts and dates. default(), which the encoder calls for each such
object, memoises the rendered text in a default dict keyed by the object
itself; amounts and dates differ per invoice, so every one ever exported
stays in the dict."""
import itertools
import json
from datetime import date, timedelta
from decimal import Decimal

_invoices = itertools.count()


class MoneyEncoder(json.JSONEncoder):
    # heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
    def default(self, o, _rendered={}):  # expect: HL101 confirmed
        if isinstance(o, (Decimal, date)):
            if o not in _rendered:
                _rendered[o] = str(o) if isinstance(o, Decimal) else o.isoformat()
            return _rendered[o]
        return super().default(o)


def scenario():
    n = next(_invoices)
    invoice = {"number": f"INV-{n:05d}", "issued": date(2024, 1, 1) + timedelta(days=n),
               "lines": [{"sku": f"SKU-{n}", "amount": Decimal(n) + Decimal("0.25")},
                         {"sku": "SHIP", "amount": Decimal("4.90")}]}
    return len(json.dumps(invoice, cls=MoneyEncoder))
