"""Admin price edit: show the product card, change the price, save the product."""
import itertools

from shop.products import Product, product_card

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    product = Product(pk=n, name=f"Widget {n}", price=9.5 + n % 7)
    before = product_card(product)
    product.price += 1
    product.save()
    return before
