"""Builds and registers the order plugins for one checkout, then fires the event."""
from .plugins.ledger import LedgerEntry
from .plugins.receipt import ReceiptMailer

PLUGINS = (LedgerEntry, ReceiptMailer)


def checkout(payload):
    plugins = [cls().register() for cls in PLUGINS]
    return plugins[-1].fire("order.created", payload)
