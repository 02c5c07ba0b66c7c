"""Ticker widget: each refresh streams a few quotes and draws a smoothed sparkline."""
import asyncio
import itertools

from quotes.widgets import sparkline

_refreshes = itertools.count()


def scenario():
    n = next(_refreshes)
    symbol = ("ACME", "GLOBX", "INITech")[n % 3]
    return asyncio.run(sparkline(symbol, 100.0 + n % 17))
