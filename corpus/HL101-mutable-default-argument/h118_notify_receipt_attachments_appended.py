"""Shop notifications: order receipts are built by a generic `compose` helper
that accepts extra attachments. `send_receipt` forwards its keyword arguments
and never passes `attachments`, so the helper appends every order's invoice
to the shared default list, and each receipt carries all earlier invoices."""
import itertools

_orders = itertools.count(1000)


def compose(subject, body, attachments=[], **headers):  # expect: HL101 confirmed
    attachments.append(("invoice-%s.txt" % subject.rsplit("#", 1)[-1], body.encode()))
    return {"subject": subject, "body": body, "attachments": attachments, "headers": headers}


def send_receipt(order_id, total, outbox, **kwargs):
    body = "Order #%d\nTotal: %.2f EUR\n" % (order_id, total)
    message = compose("Your receipt #%d" % order_id, body, **kwargs)
    outbox.append(message)
    return len(message["attachments"])


def scenario():
    n = next(_orders)
    outbox = []
    send_receipt(n, n * 1.25, outbox, reply_to="billing@shop.example", priority="low")
    return [m["subject"] for m in outbox]
