"""Order handlers: queue a receipt e-mail when an order is paid.

The @on wrapper calls send_receipt(event), so every delivery appends its
receipt line to the one default outbox list: one string kept per order.
"""
from m133_events_decorators import on
from m133_events_format import receipt_line


@on("order.paid")
def send_receipt(event, outbox=[]):  # expect: HL101 confirmed
    outbox.append(receipt_line(event))
    return outbox[-1]
