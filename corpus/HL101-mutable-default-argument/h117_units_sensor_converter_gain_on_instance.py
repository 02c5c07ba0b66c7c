"""Instrument units: Converter scales readings by a factor table that defaults
to a shared dict, filled with the electrical units at import. Each polled
sensor gets a SensorConverter that forwards its options to super().__init__()
and keeps its calibration gain on the instance, so after import the shared
table is only read."""
import itertools

_polls = itertools.count()


class Converter:
    precision = 4

    def __init__(self, factors={}, **options):  # expect: HL101 refuted
        self.factors = factors
        self.precision = options.get("precision", self.precision)

    def convert(self, value, unit):
        return round(value * self.factors[unit], self.precision)


Converter().factors.update({"mV": 1e-3, "V": 1.0, "kV": 1e3})


class SensorConverter(Converter):
    def __init__(self, sensor_id, gain, **kwargs):
        super().__init__(**kwargs)
        self.sensor_id = sensor_id
        self.gain = gain

    def volts(self, counts):
        return self.convert(counts * self.gain, "mV")


def scenario():
    n = next(_polls)
    sensor = SensorConverter(f"adc-{n:04d}", gain=1.0 + n % 7 / 100, precision=3)
    return sensor.volts(2048 + n), sensor.convert(n, "mV")
