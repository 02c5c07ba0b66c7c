"""Invoice helpers, instrumented with tracing.traced."""
from decimal import ROUND_HALF_UP, Decimal

from tracing import traced

CENT = Decimal("0.01")


@traced("billing.number")
def invoice_number(customer_id, sequence):
    return f"INV-{customer_id:05d}-{sequence:04d}"


@traced("billing.total")
def invoice_total(lines, tax_rate="0.20"):
    """Sum (description, quantity, unit_price) lines and add tax."""
    net = sum(Decimal(str(qty)) * Decimal(str(price)) for _, qty, price in lines)
    gross = net * (1 + Decimal(tax_rate))
    return gross.quantize(CENT, rounding=ROUND_HALF_UP)
