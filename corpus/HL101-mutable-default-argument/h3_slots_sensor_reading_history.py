"""IoT gateway: compact reading objects share the default history through __slots__."""
import itertools


class Reading:
    __slots__ = ("sensor", "value", "history")

    def __init__(self, sensor, value, history=[]):  # expect: HL101 confirmed
        self.sensor = sensor
        self.value = value
        self.history = history
        self.history.append((sensor, value))

    def delta(self):
        if len(self.history) < 2:
            return 0.0
        return self.value - self.history[-2][1]


_samples = itertools.count()


def scenario():
    n = next(_samples)
    Reading(f"sensor-{n}", n * 0.5).delta()
