"""Metrics: a coroutine-style running average fed with send(), samples kept in a default."""
import itertools


def running_average(samples=[]):  # expect: HL101 confirmed
    average = None
    while True:
        value = yield average
        samples.append(value)
        average = sum(samples[-3:]) / len(samples[-3:])


_batches = itertools.count()


def scenario():
    n = next(_batches)
    avg = running_average()
    next(avg)
    for v in (n, n + 1.5, n + 3.25):
        avg.send(v)
    avg.close()
