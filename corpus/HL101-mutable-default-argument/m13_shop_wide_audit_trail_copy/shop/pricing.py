from . import config, tax


def subtotal(cart):
    return sum(config.PRICES[sku] * qty for sku, qty in cart.items)


def total(cart):
    net = subtotal(cart)
    return net + tax.amount(net, cart.region)
