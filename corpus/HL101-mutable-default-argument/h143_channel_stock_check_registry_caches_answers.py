"""Channel stock checks: each sales channel's availability rule registers
itself with the `channel_check` decorator, filed in a dict default keyed by
channel name. The wrapper it installs also caches every answer in that dict
under (channel, sku, on_hand, qty), and each order checks its own SKU."""
import itertools

_orders = itertools.count()


def channel_check(channel, registry={}):  # expect: HL101 confirmed
    def register(func):
        def check(on_hand, sku, qty):
            key = (channel, sku, on_hand, qty)
            if key not in registry:
                registry[key] = func(on_hand, sku, qty)
            return registry[key]
        registry[channel] = check
        check.registry = registry
        return check
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
