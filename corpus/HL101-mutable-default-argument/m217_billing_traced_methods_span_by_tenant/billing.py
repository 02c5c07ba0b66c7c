"""Invoice service for one tenant; its request-handling methods are traced."""
from tracing import traced


class InvoiceService:
    TAX = {"EU": 0.2, "US": 0.07}

    def __init__(self, tenant, region):
        self.tenant = tenant
        self.region = region

    @traced
    def quote(self, request, amount):
        tax = round(amount * self.TAX[self.region], 2)
        return {"request": request["id"], "net": amount, "tax": tax, "total": amount + tax}

    @traced
    def refund_allowed(self, request, age_days):
        return {"request": request["id"], "allowed": age_days <= 30}

    @traced
    def void(self, request, invoice_id):
        """Voiding moved to the ledger service; kept until the clients migrate."""
        raise NotImplementedError(invoice_id)

    def describe(self):
        return f"{self.tenant} ({self.region})"
