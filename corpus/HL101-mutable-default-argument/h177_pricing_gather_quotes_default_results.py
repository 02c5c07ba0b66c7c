"""Price aggregator: `quote_all()` asks every supplier concurrently with
asyncio.gather and appends the quotes to `results`, returning this round's
slice. The request handler awaits it without passing a list, so every
request's quotes pile up in the shared default list."""
import asyncio
import itertools

_skus = itertools.count()
SUPPLIERS = ("acme", "globex", "initech")


async def quote(supplier, sku):
    await asyncio.sleep(0)
    return f"{supplier}:{sku}:{len(supplier) * 7 + len(sku)}"


async def quote_all(sku, suppliers, results=[]):  # expect: HL101 confirmed
    quotes = await asyncio.gather(*(quote(s, sku) for s in suppliers))
    results.extend(quotes)
    return results[-len(quotes):]


async def handle(sku):
    best = await quote_all(sku, SUPPLIERS)
    return min(best)


def scenario():
    return asyncio.run(handle(f"sku-{next(_skus):07d}-blue-large"))
