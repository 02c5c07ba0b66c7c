import functools

from . import settings
from .dispatch import order_paid, post_save

STOCK = {"sku-1": 100, "sku-2": 100, "sku-3": 100}
OUTBOX = []


def update_stock(sender, instance, created, **kwargs):
    if not created:
        return
    for sku, qty in instance.lines:
        STOCK[sku] = STOCK.get(sku, 0) - qty


def notify_customer(channel, sender, instance, **kwargs):
    OUTBOX.append((channel, instance.pk))
    del OUTBOX[:-16]


class ShopConfig:
    name = "shop"

    def ready(self):
        post_save.connect(update_stock, dispatch_uid="shop.update_stock")
        for channel in settings.NOTIFY_CHANNELS:
            order_paid.connect(functools.partial(notify_customer, channel),
                               dispatch_uid="shop.notify." + channel)


ShopConfig().ready()
