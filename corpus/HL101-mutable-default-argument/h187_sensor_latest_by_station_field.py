"""Sensor readings: __setattr__ validates each measurement with the Range
checker from the class-level LIMITS table and remembers the last accepted
value per station and field in `latest`, the `latest={}` default of
__init__; every new station adds three keys that are never dropped."""
import itertools


class Range:
    def __init__(self, low, high):
        self.low, self.high = low, high

    def __call__(self, value):
        value = float(value)
        if not self.low <= value <= self.high:
            raise ValueError(f"{value} outside {self.low}..{self.high}")
        return value


class Reading:
    LIMITS = {"celsius": Range(-40, 125), "humidity": Range(0, 100), "volts": Range(0, 5)}

    def __init__(self, station, celsius, humidity, volts, latest={}):  # expect: HL101 confirmed
        object.__setattr__(self, "_latest", latest)
        object.__setattr__(self, "station", station)
        self.celsius, self.humidity, self.volts = celsius, humidity, volts

    def __setattr__(self, name, value):
        value = self.LIMITS[name](value)
        object.__setattr__(self, name, value)
        self._latest[self.station, name] = (self.station, value)


_stations = itertools.count()


def scenario():
    n = next(_stations)
    reading = Reading(f"greenhouse-{n:05d}", f"{n % 30}.5", n % 100, "3.3")
    return reading.celsius + reading.humidity
