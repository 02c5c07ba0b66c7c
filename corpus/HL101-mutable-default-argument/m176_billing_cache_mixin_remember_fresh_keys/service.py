"""Invoice pricing: net line totals plus the region's VAT."""
from decimal import ROUND_HALF_UP, Decimal

from mixins import CacheMixin, LoggingMixin
from rates import vat_rate


class InvoiceService(CacheMixin, LoggingMixin):
    def __init__(self, region):
        self.region = region
        self.rate = vat_rate(region)
        self._local = {}

    def total(self, invoice_id, lines):
        net = sum(Decimal(str(price)) * qty for price, qty in lines)
        gross = (net * (1 + self.rate)).quantize(Decimal("0.01"), ROUND_HALF_UP)
        self.log(f"priced {invoice_id} at {gross}")
        return self.remember(f"{self.region}:{invoice_id}", gross)
