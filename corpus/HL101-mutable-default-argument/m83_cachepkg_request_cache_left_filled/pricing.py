"""Pricing lookups; the quote engine is slow, so views memoize per request."""
import zlib


def _quote(sku, tier):
    base = 100 + zlib.crc32(sku.encode()) % 900
    return base * 9 // 10 if tier == "trade" else base


def price_for(request, sku):
    tier = request["tier"]
    return request["cache"].get_or_set(sku, lambda: _quote(sku, tier))


def related(sku):
    return [sku + "-CASE", sku + "-STRAP"]
