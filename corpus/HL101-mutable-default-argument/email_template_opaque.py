"""Transactional e-mail renderer: the default context dict is handed to string.Template, which only reads it."""
import itertools
import string

_TEMPLATE = string.Template("Hi $name, your order $order ships from $site.")


def render_email(name, order, context={"site": "Northwind Shop"}):  # expect: HL101 refuted
    # safe_substitute only reads the mapping.
    text = _TEMPLATE.safe_substitute(context, name=name, order=order)
    return text


_orders = itertools.count()


def scenario():
    n = next(_orders)
    render_email(f"customer {n}", f"#{n:06d}")
