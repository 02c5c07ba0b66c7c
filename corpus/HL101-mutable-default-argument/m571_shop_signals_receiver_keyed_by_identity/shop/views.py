"""Checkout view: a per-request receiver records the saved order for the
confirmation e-mail, connected without a ``dispatch_uid``."""
import events

from .models import Order


def checkout(request):
    outbox = []

    def queue_confirmation(sender, instance, created, **kwargs):
        if created:
            outbox.append("order %d for %s" % (instance.id, request["user"]))

    events.connect("post_save", queue_confirmation)
    order = Order(request["user"], request["cart"])
    order.save()
    return order.id, order.total_items(), outbox
