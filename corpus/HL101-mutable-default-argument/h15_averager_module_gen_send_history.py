"""Dashboard: a module-level coroutine-style generator receives each (seq, reading) sample via send() and keeps them in its default."""
import itertools


def running_mean(history=[]):  # expect: HL101 confirmed
    mean = 0.0
    while True:
        sample = yield mean
        history.append(sample)
        recent = history[-10:]
        mean = sum(v for _, v in recent) / len(recent)


AVERAGER = running_mean()
next(AVERAGER)

_readings = itertools.count()


def scenario():
    n = next(_readings)
    return AVERAGER.send((n, float(n % 97) + n / 1000))
