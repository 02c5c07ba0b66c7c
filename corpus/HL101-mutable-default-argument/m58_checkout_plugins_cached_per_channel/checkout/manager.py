import functools

from . import plugins  # noqa: F401  (registers the bundled adjustments)
from .plugin import plugin_classes


@functools.lru_cache(maxsize=None)
def active_plugins(channel):
    return tuple(cls() for cls in plugin_classes() if channel in cls.channels)


def price(cart, channel):
    totals = {"subtotal": sum(qty * cents for _, qty, cents in cart["lines"]), "shipping": 0, "discount": 0}
    for plugin in active_plugins(channel):
        plugin.apply(cart, totals)
    totals["total"] = totals["subtotal"] + totals["shipping"] - totals["discount"]
    return totals
