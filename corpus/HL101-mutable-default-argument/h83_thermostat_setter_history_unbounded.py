"""Smart-home zones: setting a thermostat target clamps the value and records the change."""
import datetime
import itertools

MIN_C, MAX_C = 5.0, 30.0
_EPOCH = datetime.datetime(2024, 1, 1)


class Thermostat:
    def __init__(self, zone, target=20.0):
        self.zone = zone
        self._target = target

    @property
    def target(self):
        return self._target

    @target.setter
    def target(self, value):
        value = max(MIN_C, min(MAX_C, float(value)))
        self._record(self.zone, self._target, value)
        self._target = value

    @staticmethod
    def _record(zone, old, new, history=[]):  # expect: HL101 confirmed
        stamp = _EPOCH + datetime.timedelta(minutes=len(history))
        history.append((stamp.isoformat(), zone, old, new))
        return history[-1]


_readings = itertools.count()


def scenario():
    n = next(_readings)
    t = Thermostat(f"zone-{n}")
    t.target = 15 + n % 12
    t.target = "21.5"
    return t.target
