"""Telemetry: readings are averaged in windows of eight; the window list is emptied with `window *= 0`."""
import itertools


def add_reading(value, window=[]):  # expect: HL101 refuted
    window.append(value)
    if len(window) < 8:
        return None
    average = sum(window) / len(window)
    window *= 0
    return average


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    add_reading(20.0 + (n % 17) * 0.125)
