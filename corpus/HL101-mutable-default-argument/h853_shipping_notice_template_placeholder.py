"""Notification renderer that caches compiled string.Template objects in a
default dict keyed by their source text. The order number is a $order
placeholder, so the source is constant and the cache holds one template."""
import itertools
import string

_orders = itertools.count()


def render(source, mapping, _compiled={}):  # expect: HL101 refuted
    """Substitute `mapping` into `source`, reusing a compiled template."""
    template = _compiled.get(source)
    if template is None:
        template = _compiled[source] = string.Template(source)
    return template.safe_substitute(mapping)


def shipping_notice(order_id, carrier):
    source = "Order $order shipped with $carrier; track it at $url"
    return render(source, {"order": order_id, "carrier": carrier, "url": "https://t.example/%s" % order_id})


def scenario():
    n = next(_orders)
    return shipping_notice("SO-%06d" % n, ("DHL", "UPS")[n % 2])
