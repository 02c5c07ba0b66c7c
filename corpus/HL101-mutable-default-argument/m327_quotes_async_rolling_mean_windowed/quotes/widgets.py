"""Dashboard widgets fed by the quote stream."""
from quotes import rolling_mean, ticks


async def sparkline(symbol, base, points=6):
    line = []
    async for mean in rolling_mean(ticks(symbol, base, points), window=4):
        line.append(round(mean, 2))
    return symbol, line
