"""Sensor smoothing: a coroutine receives readings through send() and
yields the running mean. Readings are accumulated in a list default so the
mean covers every reading seen; each probe primes a fresh coroutine, but
the readings of every earlier probe are still in the shared list, which
grows by six floats per probe."""
import itertools

_probes = itertools.count()


def smoother(readings=[]):  # expect: HL101 confirmed
    mean = None
    while True:
        value = yield mean
        readings.append(value)
        mean = sum(readings) / len(readings)


def smooth_probe(values):
    coro = smoother()
    next(coro)
    return [round(coro.send(v), 3) for v in values]


def scenario():
    n = next(_probes)
    return smooth_probe([20.0 + n * 0.01 + i * 0.5 for i in range(6)])
