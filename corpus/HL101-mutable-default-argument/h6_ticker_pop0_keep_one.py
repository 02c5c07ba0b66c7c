"""Market ticker: the default keeps only the latest quote; each append is followed by popping the oldest."""
import itertools


def latest_quote(symbol, price, window=[]):  # expect: HL101 refuted
    window.append((symbol, price))
    while len(window) > 1:
        window.pop(0)
    return window[0]


def tick(n):
    return latest_quote(f"S{n}", n * 0.25)


_ticks = itertools.count()


def scenario():
    tick(next(_ticks))
