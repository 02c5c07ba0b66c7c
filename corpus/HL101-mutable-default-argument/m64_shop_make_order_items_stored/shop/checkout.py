import shop


def place_order(customer, cart):
    order = shop.make_order(customer)
    for sku, qty in cart.items():
        order.add_line(sku, qty)
    return order.summary()
