"""Price list importer: cells are coerced by `coerce`, exposed per column
type through functools.partial. Parsed results are memoized with
dict.setdefault in a dict default keyed by (kind, raw text); every price
list brings new raw cells, so the memo grows with each import."""
import decimal
import functools
import itertools

_lists = itertools.count()
PARSERS = {"price": decimal.Decimal, "qty": int, "sku": str.upper}


def coerce(raw, kind, _memo={}):  # expect: HL101 confirmed
    key = (kind, raw)
    if key not in _memo:
        _memo.setdefault(key, PARSERS[kind](raw.strip()))
    return _memo[key]


as_price = functools.partial(coerce, kind="price")
as_qty = functools.partial(coerce, kind="qty")


def import_row(cells):
    sku, price, qty = cells
    return coerce(sku, "sku"), as_price(price), as_qty(qty)


def scenario():
    n = next(_lists)
    rows = [(f"ab-{n}", f"{n}.99", "3"), (f"cd-{n}", f"{n + 1}.50", str(n % 5 + 1))]
    return max((import_row(r) for r in rows), key=lambda r: r[1] * r[2])[0]
