"""Back office: each call renders the sales and refund reports of one new business day."""
import itertools

from reportkit import RefundReport, SalesReport

_days = itertools.count(1)


def scenario():
    day = next(_days)
    sales = [{"id": f"d{day}-o{i}", "amount": 10 + i} for i in range(3)]
    refunds = [{"id": f"d{day}-r0", "amount": 5}]
    return SalesReport().render(sales), RefundReport().render(refunds)
