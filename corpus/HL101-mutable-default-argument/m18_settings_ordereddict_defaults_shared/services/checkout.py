"""Checkout: price an order using options tuned per order."""
from settings import Options


def checkout(order_id, total):
    opts = Options()
    opts.set_default(f"{order_id}.currency", "EUR")
    opts.set_default(f"{order_id}.vat_rate", 21)
    opts["total"] = total
    rate = opts[f"{order_id}.vat_rate"]
    opts.reset("total")
    return {
        "order": order_id,
        "gross": total + total * rate // 100,
        "currency": opts[f"{order_id}.currency"],
    }
