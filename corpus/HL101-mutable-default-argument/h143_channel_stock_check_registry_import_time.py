"""Channel stock checks: the availability rule of each sales channel
registers itself with the `channel_check` decorator, which files it in a
dict default keyed by channel name. Registration happens once, when the
module is imported; checking an order only reads the registry."""
import itertools

_orders = itertools.count()


def channel_check(channel, registry={}):  # expect: HL101 refuted
    def register(func):
        registry[channel] = func
        func.registry = registry
        return func
    return register


@channel_check("web")
def web_available(on_hand, sku, qty):
    return on_hand - 2 >= qty


@channel_check("b2b")
def b2b_available(on_hand, sku, qty):
    return on_hand >= qty


def can_ship(channel, on_hand, sku, qty):
    return web_available.registry[channel](on_hand, sku, qty)


def scenario():
    n = next(_orders)
    return can_ship(("web", "b2b")[n % 2], n % 20, "SKU-%06d" % n, n % 7 + 1)
