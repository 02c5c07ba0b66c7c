"""Sensor dashboard: moving average over the last five readings, kept in a bounded deque default."""
import itertools
from collections import deque


def window(x, buf=deque(maxlen=5)):  # expect: HL101 refuted
    buf.append(x)
    return sum(buf) / len(buf)


_readings = itertools.count()


def scenario():
    n = next(_readings)
    return window(20.0 + (n % 11) * 0.37 + n / 1000)
