"""Notification renderer that caches compiled string.Template objects in a
default dict keyed by their source text. The shipping notice pastes the
order number into the source itself, so every order compiles a new entry."""
import itertools
import string

_orders = itertools.count()


def render(source, mapping, _compiled={}):  # expect: HL101 confirmed
    """Substitute `mapping` into `source`, reusing a compiled template."""
    template = _compiled.get(source)
    if template is None:
        template = _compiled[source] = string.Template(source)
    return template.safe_substitute(mapping)


def shipping_notice(order_id, carrier):
    source = "Order %s shipped with $carrier; track it at $url" % order_id
    return render(source, {"carrier": carrier, "url": "https://t.example/%s" % order_id})


def scenario():
    n = next(_orders)
    return shipping_notice("SO-%06d" % n, ("DHL", "UPS")[n % 2])
