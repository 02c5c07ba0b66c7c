"""Streaming statistics over async iterables of prices."""


async def rolling_mean(prices, window=None, _buf=[]):  # expect: HL101 confirmed
    """Yield the mean of the last `window` prices (all prices when window is None)."""
    async for price in prices:
        _buf.append(price)
        if window:
            del _buf[:-window]
        yield sum(_buf) / len(_buf)
