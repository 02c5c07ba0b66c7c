from . import settings
from .dispatch import order_paid, post_save

AUDIT_LOG = []


class Order:
    def __init__(self, pk, customer, lines):
        self.pk = pk
        self.customer = customer
        self.lines = lines
        self.status = "new"

    def save(self, created=False):
        post_save.send(sender=Order, instance=self, created=created)


def write_audit_entry(sender, instance, created, **kwargs):
    AUDIT_LOG.append("%s %s %s" % (instance.pk, instance.status, created))
    del AUDIT_LOG[:-32]


def place_order(pk, customer, lines):
    order = Order(pk, customer, lines)
    if settings.AUDIT_ENABLED:
        post_save.connect(write_audit_entry, sender=Order,
                          dispatch_uid="orders.audit.%s" % pk)
    order.save(created=True)
    if sum(qty for _, qty in lines) > 0:
        order.status = "paid"
        order_paid.send(sender=Order, instance=order)
        order.save()
    return order
