"""Billing export: an encoder tries its hooks, then rounds a Decimal; the hooks list is only iterated."""
import itertools
import json
from decimal import Decimal

CENT = Decimal("0.01")


class MoneyEncoder(json.JSONEncoder):
    def __init__(self, *, hooks=[], **kw):  # expect: HL101 refuted
        super().__init__(**kw)
        self.hooks = hooks

    def default(self, o):
        for hook in self.hooks:
            out = hook(o)
            if out is not None:
                return out
        if isinstance(o, Decimal):
            text = str(o.quantize(CENT))
            return text
        return super().default(o)


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    invoice = {"id": n, "total": Decimal(n) + Decimal("0.125")}
    return json.dumps(invoice, cls=MoneyEncoder, sort_keys=True)
