"""Order confirmations: every checkout mails the buyer a receipt."""
import itertools

from mailer import MemoryTransport, send

TRANSPORT = MemoryTransport()
_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    message = {"to": f"buyer{n}@example.test", "subject": f"Your order #{n}", "body": "Thanks!"}
    send(message, TRANSPORT)
    return TRANSPORT.delivered
