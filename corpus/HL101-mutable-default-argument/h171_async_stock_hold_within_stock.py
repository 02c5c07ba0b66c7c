"""Async checkout: `checkout()` awaits `reserve()` for each cart line, and
reserve() awaits the stock lookup, rejects quantities above the stock with
OutOfStock, and otherwise records a hold in its default dict keyed by
(order, sku). These carts stay within stock and holds are never released,
so every order leaves its holds in the dict."""
import asyncio
import itertools

_carts = itertools.count()


class OutOfStock(LookupError):
    """The requested quantity exceeds the stock level."""


async def stock_level(sku):
    await asyncio.sleep(0)
    return 5 + len(sku) % 3


async def reserve(order_id, sku, qty, holds={}):  # expect: HL101 confirmed
    available = await stock_level(sku)
    if qty > available:
        raise OutOfStock(sku)
    holds[order_id, sku] = qty
    return available - qty


async def checkout(order_id, lines):
    results = await asyncio.gather(*(reserve(order_id, sku, qty) for sku, qty in lines), return_exceptions=True)
    return [sku for (sku, _), res in zip(lines, results) if isinstance(res, OutOfStock)]


def scenario():
    n = next(_carts)
    return asyncio.run(checkout("order-%d" % n, [("lamp-%d" % n, 2), ("desk-%d" % n, 1)]))
