"""Invoice export: a MoneyEncoder (json.JSONEncoder) lets json.dumps() write
Decimal amounts and dates. default(), which the encoder calls for each such
object, memoises the converter in a default dict keyed by the object's type;
only Decimal and date ever reach it, so the dict holds two entries however
many invoices are exported."""
import itertools
import json
from datetime import date, timedelta
from decimal import Decimal

_invoices = itertools.count()


class MoneyEncoder(json.JSONEncoder):
    # heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
    def default(self, o, _converters={}):  # expect: HL101 refuted
        if isinstance(o, (Decimal, date)):
            if type(o) not in _converters:
                _converters[type(o)] = str if isinstance(o, Decimal) else type(o).isoformat
            return _converters[type(o)](o)
        return super().default(o)


def scenario():
    n = next(_invoices)
    invoice = {"number": f"INV-{n:05d}", "issued": date(2024, 1, 1) + timedelta(days=n),
               "lines": [{"sku": f"SKU-{n}", "amount": Decimal(n) + Decimal("0.25")},
                         {"sku": "SHIP", "amount": Decimal("4.90")}]}
    return len(json.dumps(invoice, cls=MoneyEncoder))
