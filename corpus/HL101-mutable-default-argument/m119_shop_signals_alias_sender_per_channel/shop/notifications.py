"""Receivers for order signals: plain module-level functions."""
import collections

SENT = collections.deque(maxlen=10)
STOCK = collections.Counter()


def email_buyer(sender, order_id, total, **extra):
    SENT.append(f"{sender}: order {order_id} confirmed, {total:.2f} EUR")
    return order_id


def bump_stock(sender, order_id, sku, **extra):
    STOCK[sku] -= 1
    return STOCK[sku]
