"""The ledger books one invoice per order; `orders` is only used inside functions."""
import orders

BOOK_CURRENCY = "EUR"
_totals = {"entries": 0, "gross": 0.0}


def book(customer, sku, amount):
    invoice = orders.open_invoice(customer)
    invoice.lines.append((sku, amount))
    gross = invoice.total()
    _totals["entries"] += 1
    _totals["gross"] = round(_totals["gross"] + gross, 2)
    return {"customer": customer, "total": gross}
