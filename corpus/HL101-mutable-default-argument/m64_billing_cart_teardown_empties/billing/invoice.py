from .cart import make_cart


def invoice_for(owner, lines):
    cart = make_cart(owner, [])
    for sku, price, qty in lines:
        cart.add(sku, price, qty)
    return {"owner": owner, "lines": len(cart.lines), "total": cart.total()}
