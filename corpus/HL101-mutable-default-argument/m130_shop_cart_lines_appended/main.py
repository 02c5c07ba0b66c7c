"""Web shop checkout: each call checks out one fresh basket through the app layer.

main -> m130_shop_app.checkout -> m130_shop_services.place_order
-> m130_shop_cart.build_cart -> m130_shop_models.Cart (whose `lines` default
is the shared list) and m130_shop_cart.add_item, which grows cart.lines.
"""
import itertools

import m130_shop_app as app

_orders = itertools.count(1)


def scenario():
    n = next(_orders)
    basket = {f"a{n}": 1, f"b{n}": 2, f"c{n}": 3}
    return app.checkout(f"o{n}", basket)
