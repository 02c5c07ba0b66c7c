"""Storefront bot client: submit() builds a POST body from the form's hidden
defaults plus the caller's field values. The cart form names its quantity
inputs qty_<product id>, so the field names differ from order to order."""
import itertools
from urllib.parse import urlencode

_orders = itertools.count()


def submit(action, fields={"csrfmiddlewaretoken": "fixture-token", "submit": "Update cart"}, **values):  # expect: HL101 refuted
    body = {**fields, **values}
    return f"POST {action}\n\n{urlencode(sorted(body.items()))}"


def update_cart(cart_id, quantities):
    values = {f"qty_{product}": str(qty) for product, qty in quantities.items()}
    return submit(f"/carts/{cart_id}/update", **values)


def scenario():
    n = next(_orders)
    return update_cart(f"c{n}", {100_000 + n: 2, 200_000 + n: 1})
