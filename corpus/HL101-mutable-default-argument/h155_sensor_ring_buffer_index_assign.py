"""Sensor smoothing: readings go into a fixed-size ring buffer, a default
RingBuffer(16) instance, and the moving average is taken over it. push()
overwrites slot `count % size`, so the buffer's list stays at 16 slots and
old readings are replaced."""
import itertools

_samples = itertools.count()


class RingBuffer:
    def __init__(self, size):
        self.size = size
        self.items = [None] * size
        self.count = 0

    def push(self, item):
        self.items[self.count % self.size] = item
        self.count += 1


def smooth(reading, buf=RingBuffer(16)):  # expect: HL101 refuted
    buf.push(reading)
    values = [r["value"] for r in buf.items[:buf.size] if r is not None]
    return sum(values) / len(values)


def scenario():
    n = next(_samples)
    return smooth({"sensor": f"thermo-{n}", "value": 20.0 + n % 13 / 10})
