"""Moving average: samples go through push = window.append, and the default window is trimmed to 8 samples."""
import itertools


def moving_average(sample, window=[]):  # expect: HL101 refuted
    push = window.append
    push(sample)
    if len(window) > 8:
        del window[0]
    return sum(window) / len(window)


_readings = itertools.count()


def scenario():
    n = next(_readings)
    return moving_average(20.0 + (n % 13) / 10 + n / 1e6)
