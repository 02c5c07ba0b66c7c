"""Transactional mail: Mailer.send() addresses and renders one message. The
per-kind shortcuts are functools.partialmethod()s over send(), and recipient
merging is a functools.partial stored on the class (a partial is not a
descriptor, so it is called without the mailer)."""
import functools
import itertools

_orders = itertools.count()

TEMPLATES = {"shipped": "Order {order} is on its way", "refund": "Refund issued for {order}"}


def merge_recipients(recipients, address, dedupe):
    if not (dedupe and address in recipients):
        recipients.append(address)
    return recipients


class Mailer:
    _merge = functools.partial(merge_recipients, dedupe=True)

    def __init__(self, sender):
        self.sender = sender

    def send(self, kind, to, cc=[], **values):  # expect: HL101 refuted
        recipients = self._merge(list(cc), to)
        body = TEMPLATES[kind].format(**values)
        return {"from": self.sender, "to": recipients, "body": body}

    order_shipped = functools.partialmethod(send, "shipped")
    refund_issued = functools.partialmethod(send, "refund")


def scenario():
    n = next(_orders)
    mailer = Mailer("shop@example.com")
    return mailer.order_shipped(f"customer{n}@example.com", order=f"A-{n:05d}")
