"""Price aggregator: `quote_all()` asks every supplier concurrently with
asyncio.gather and appends the quotes to `results`, returning this round's
slice. The request handler always awaits it with a fresh `[]`, so the
shared default list is never the one extended and nothing piles up."""
import asyncio
import itertools

_skus = itertools.count()
SUPPLIERS = ("acme", "globex", "initech")


async def quote(supplier, sku):
    await asyncio.sleep(0)
    return f"{supplier}:{sku}:{len(supplier) * 7 + len(sku)}"


# heaplint-todo: Default list of `quote_all` grows if called without `results`; no call in this file does (heaplint: unknown)
async def quote_all(sku, suppliers, results=[]):  # expect: HL101 refuted
    quotes = await asyncio.gather(*(quote(s, sku) for s in suppliers))
    results.extend(quotes)
    return results[-len(quotes):]


async def handle(sku):
    best = await quote_all(sku, SUPPLIERS, [])
    return min(best)


def scenario():
    return asyncio.run(handle(f"sku-{next(_skus):07d}-blue-large"))
