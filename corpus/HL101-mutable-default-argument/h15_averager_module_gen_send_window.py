"""Dashboard: a module-level generator receives (seq, reading) samples via send() and trims its default window to ten values."""
import itertools


# heaplint-todo: a module-level generator the module's functions resume, kept in a public global: code heaplint cannot see may resume it too (heaplint: unknown)
def running_mean(window=[]):  # expect: HL101 refuted
    mean = 0.0
    while True:
        sample = yield mean
        window.append(sample)
        if len(window) > 10:
            window.pop(0)
        mean = sum(v for _, v in window) / len(window)


AVERAGER = running_mean()
next(AVERAGER)

_readings = itertools.count()


def scenario():
    n = next(_readings)
    return AVERAGER.send((n, float(n % 97) + n / 1000))
