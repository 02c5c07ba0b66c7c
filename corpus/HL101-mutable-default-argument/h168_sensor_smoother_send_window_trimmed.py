"""Sensor smoothing: a coroutine receives readings through send() and
yields a moving mean. Readings are accumulated in a list default, but the
list is trimmed to the last five readings after every append, so however
many probes run, the shared list never holds more than five floats."""
import itertools

_probes = itertools.count()


def smoother(readings=[]):  # expect: HL101 refuted
    mean = None
    while True:
        value = yield mean
        readings.append(value)
        del readings[:-5]
        mean = sum(readings) / len(readings)


def smooth_probe(values):
    coro = smoother()
    next(coro)
    return [round(coro.send(v), 3) for v in values]


def scenario():
    n = next(_probes)
    return smooth_probe([20.0 + n * 0.01 + i * 0.5 for i in range(6)])
