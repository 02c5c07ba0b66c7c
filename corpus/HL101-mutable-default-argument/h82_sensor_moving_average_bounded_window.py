"""Telemetry: an async generator smooths sensor readings with a moving average."""
import asyncio
import collections
import itertools
import statistics

WINDOW = 8


async def readings(device, count):
    for i in range(count):
        await asyncio.sleep(0)
        yield {"device": device, "celsius": 20.0 + ((i * 7 + len(device)) % 10) / 10}


async def smoothed(stream, window=collections.deque(maxlen=WINDOW)):  # expect: HL101 refuted
    async for reading in stream:
        window.append(reading["celsius"])
        yield reading["device"], round(statistics.fmean(window), 2)


async def poll(device):
    return [value async for _, value in smoothed(readings(device, 4))]


_polls = itertools.count()


def scenario():
    return asyncio.run(poll(f"sensor-{next(_polls)}"))
