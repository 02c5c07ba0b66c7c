"""Price feed: JSON quotes are parsed with parse_float=to_decimal, which memoizes each float literal; prices arrive as decimals."""
import decimal
import itertools
import json


def to_decimal(text, _parsed={}):  # expect: HL101 confirmed
    if text not in _parsed:
        _parsed[text] = decimal.Decimal(text)
    return _parsed[text]


def parse_quote(payload):
    quote = json.loads(payload, parse_float=to_decimal)
    return quote["sku"], quote["price"]


def fetch_quote(n):
    return '{"sku": "SKU-%d", "price": %d.%02d, "currency": "EUR"}' % (n, 10 + n, n % 100)


_ids = itertools.count()


def scenario():
    sku, price = parse_quote(fetch_quote(next(_ids)))
    return sku, str(price)
