"""A deterministic quote source standing in for a websocket feed."""


async def ticks(symbol, base, count):
    step = (sum(map(ord, symbol)) % 5 + 1) / 10
    for i in range(count):
        yield round(base + step * ((i * 7) % 5 - 2), 2)
