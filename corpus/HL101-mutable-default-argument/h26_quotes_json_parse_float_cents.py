"""Price feed: JSON quotes are parsed with parse_float=to_decimal, which memoizes each float literal; this feed sends integer cents, so parse_float is never called."""
import decimal
import itertools
import json


# heaplint-todo: grows only when called as outside code would; the application's own runs did not grow it, which is no proof for a value it hands on or a method the interpreter calls (heaplint: unknown)
def to_decimal(text, _parsed={}):  # expect: HL101 refuted
    if text not in _parsed:
        _parsed[text] = decimal.Decimal(text)
    return _parsed[text]


def parse_quote(payload):
    quote = json.loads(payload, parse_float=to_decimal)
    return quote["sku"], quote["price"]


def fetch_quote(n):
    return '{"sku": "SKU-%d", "price": %d, "currency": "EUR"}' % (n, 1000 + n)


_ids = itertools.count()


def scenario():
    sku, price = parse_quote(fetch_quote(next(_ids)))
    return sku, str(price)
