"""Catalog: normalize_sku() canonicalises supplier SKUs before a price
lookup. It is memoised with lru_cache; each cache miss is recorded in the
`_misses` log for the nightly supplier-mapping report."""
import functools
import itertools

_lines = itertools.count()


@functools.lru_cache(maxsize=None)
def normalize_sku(raw, _misses=[]):  # expect: HL101 confirmed
    _misses.append(raw)
    vendor, _, code = raw.strip().upper().partition("-")
    return f"{vendor[:3]}:{code.zfill(6)}"


def price_line(raw_sku, qty, prices):
    sku = normalize_sku(raw_sku)
    return sku, qty * prices.get(sku, 9.99)


def scenario():
    n = next(_lines)
    raw_sku = f"acme-{n}"
    return price_line(raw_sku, 1 + n % 4, {"ACM:000001": 4.5})
