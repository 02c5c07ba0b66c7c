"""Notification rendering with str.format_map: each template's field names are parsed once, site-wide values fill the gaps."""
import collections
import itertools
import string

_formatter = string.Formatter()


class Placeholders(dict):
    def __missing__(self, key):
        return "{" + key + "}"


def template_fields(template, _parsed={}):  # expect: HL101 confirmed
    fields = _parsed.get(template)
    if fields is None:
        fields = _parsed[template] = frozenset(name for _, name, _, _ in _formatter.parse(template) if name)
    return fields


def render(template, context, site=Placeholders(brand="Shopfront", support="help@shopfront.test")):  # expect: HL101 refuted
    missing = sorted(template_fields(template) - context.keys() - site.keys())
    return template.format_map(collections.ChainMap(context, site)), missing


def notify_shipped(order_id, name):
    template = f"Hi {{name}}, order {order_id} has shipped. Questions? {{support}} ({{brand}})"
    return render(template, {"name": name})


_orders = itertools.count()


def scenario():
    n = next(_orders)
    text, missing = notify_shipped(n, f"Customer {n}")
    return len(text) + len(missing)
