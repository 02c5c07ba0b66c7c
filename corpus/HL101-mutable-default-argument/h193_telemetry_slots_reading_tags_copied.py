"""Telemetry ingest: Reading uses __slots__ to keep millions of samples small;
__init__ copies the tags it is given into a new list and appends a "high" tag
for values over the alert threshold. The shared default is only read by the
copy, so it stays empty."""
import itertools

_samples = itertools.count()
ALERT_THRESHOLD = 90


class Reading:
    __slots__ = ("sensor", "value", "tags")

    def __init__(self, sensor, value, tags=[]):  # expect: HL101 refuted
        self.sensor = sensor
        self.value = value
        self.tags = list(tags)
        if value > ALERT_THRESHOLD:
            self.tags.append(f"high:{sensor}:{value}")

    def is_alert(self):
        return any(t.startswith("high:") for t in self.tags)


def scenario():
    n = next(_samples)
    reading = Reading(f"boiler-{n}", 100 + n % 50)
    return reading.is_alert()
