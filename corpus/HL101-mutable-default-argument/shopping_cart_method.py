"""Shopping cart whose add() puts items into a bucket, the default one unless told."""
import itertools


class Cart:
    def __init__(self, customer):
        self.customer = customer
        self.total = 0

    def add(self, item, price, bucket=[]):  # expect: HL101 confirmed
        bucket.append((item, price))
        self.total += price
        return bucket


_customers = itertools.count()


def scenario():
    n = next(_customers)
    cart = Cart(f"customer-{n}")
    cart.add(f"sku-{n}", 19 + n % 7)
