import itertools

from billing import Invoice

from .core import register

_numbers = itertools.count(1)


@register("invoice")
def invoice_factory(customer="ACME Ltd", lines=(("widget", 1, "10.00"),)):
    return Invoice(f"INV-{next(_numbers):06d}", customer, list(lines))
