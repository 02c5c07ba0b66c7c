from ._compat import deprecated


def fetch_invoice(invoice_id, account):
    lines = [("seats", 4, 12.0), ("storage", 1, 5.5)]
    total = sum(qty * price for _, qty, price in lines)
    return {"id": invoice_id, "account": account, "total": round(total, 2)}


@deprecated("fetch_invoice")
def get_invoice(invoice_id, account=None):
    return fetch_invoice(invoice_id, account)
