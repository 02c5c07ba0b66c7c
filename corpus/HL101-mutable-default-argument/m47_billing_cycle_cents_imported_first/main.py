"""Checkout: price a basket in minor units and split the total into instalments."""
import itertools

from billing import cents, money

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    prices = [f"{n % 500}.{i * 7 + n % 10:02d}" for i in range(4)]
    total = money.basket_total(prices, "EUR")
    plan = cents.split(total, 3)
    return money.fmt(total, "EUR"), [money.fmt(part, "EUR") for part in plan]
