"""Sensor monitor: consecutive readings are paired with itertools.tee and
every jump above the threshold is recorded in the deque default for the
dashboard. The deque keeps only the 32 most recent spikes."""
import collections
import itertools

_batches = itertools.count()


def find_spikes(sensor, readings, threshold=5.0, _spikes=collections.deque(maxlen=32)):  # expect: HL101 refuted
    before, after = itertools.tee(readings)
    next(after, None)
    for prev, cur in zip(before, after):
        if abs(cur - prev) > threshold:
            _spikes.append("%s jumped %.1f -> %.1f" % (sensor, prev, cur))
    return len(_spikes)


def scenario():
    n = next(_batches)
    readings = [20.0 + n % 3, 21.5, 40.0 + n % 11, 22.0]
    return find_spikes("probe-%d" % n, iter(readings))
