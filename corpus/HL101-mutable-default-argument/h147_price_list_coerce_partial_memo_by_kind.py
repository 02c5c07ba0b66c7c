"""Price list importer: cells are coerced by `coerce`, exposed per column
type through functools.partial. The parser for each column kind is looked
up once (isinstance dispatch on the PARSERS entry) and memoized with
dict.setdefault in a dict default keyed by kind, a fixed set of names."""
import decimal
import functools
import itertools

_lists = itertools.count()
PARSERS = {"price": decimal.Decimal, "qty": int, "sku": "upper"}


# heaplint-todo: the store at line 17 was not reached: the model raised KeyError at line 16, which real callers may not (heaplint: unknown)
def coerce(raw, kind, _parsers={}):  # expect: HL101 refuted
    parser = _parsers.get(kind)
    if parser is None:
        spec = PARSERS[kind]
        parser = _parsers.setdefault(kind, getattr(str, spec) if isinstance(spec, str) else spec)
    return parser(raw.strip())


as_price = functools.partial(coerce, kind="price")
as_qty = functools.partial(coerce, kind="qty")


def import_row(cells):
    sku, price, qty = cells
    return coerce(sku, "sku"), as_price(price), as_qty(qty)


def scenario():
    n = next(_lists)
    rows = [(f"ab-{n}", f"{n}.99", "3"), (f"cd-{n}", f"{n + 1}.50", str(n % 5 + 1))]
    return max((import_row(r) for r in rows), key=lambda r: r[1] * r[2])[0]
