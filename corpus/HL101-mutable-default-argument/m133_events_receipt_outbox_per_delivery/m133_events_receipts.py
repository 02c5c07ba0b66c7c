"""Order handlers: queue a receipt e-mail when an order is paid.

The @on wrapper passes a fresh outbox=[] on every delivery, so the default
outbox list is never reached and stays empty.
"""
from m133_events_decorators import on
from m133_events_format import receipt_line


@on("order.paid")
def send_receipt(event, outbox=[]):  # expect: HL101 refuted
    outbox.append(receipt_line(event))
    return outbox[-1]
