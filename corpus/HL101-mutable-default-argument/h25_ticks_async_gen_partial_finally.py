"""Market data: an async generator streams ticks; callers read only the first few."""
import asyncio
import itertools


async def ticks(symbol, start, _recent=[]):  # expect: HL101 refuted
    price = start
    try:
        while True:
            price = round(price * 1.001, 4)
            _recent.append((symbol, price))
            yield price
            await asyncio.sleep(0)
    finally:
        _recent.clear()


async def first_prices(symbol, start, count=3):
    prices = []
    async for price in ticks(symbol, start):
        prices.append(price)
        if len(prices) == count:
            break
    return prices


_loop = asyncio.new_event_loop()
_seq = itertools.count()


def scenario():
    n = next(_seq)
    return _loop.run_until_complete(first_prices(f"SYM{n % 40}", 100.0 + n))
