"""Instrument units: Converter scales readings by a factor table that defaults
to a shared dict, filled with the electrical units at import. Each polled
sensor gets a SensorConverter that forwards its options to super().__init__()
and records its calibration gain in the table under its own id, so the shared
table gains one key per sensor ever polled."""
import itertools

_polls = itertools.count()


class Converter:
    precision = 4

    def __init__(self, factors={}, **options):  # expect: HL101 confirmed
        self.factors = factors
        self.precision = options.get("precision", self.precision)

    def convert(self, value, unit):
        return round(value * self.factors[unit], self.precision)


Converter().factors.update({"mV": 1e-3, "V": 1.0, "kV": 1e3})


class SensorConverter(Converter):
    def __init__(self, sensor_id, gain, **kwargs):
        super().__init__(**kwargs)
        self.raw_unit = f"{sensor_id}:raw"
        self.factors[self.raw_unit] = gain * 1e-3

    def volts(self, counts):
        return self.convert(counts, self.raw_unit)


def scenario():
    n = next(_polls)
    sensor = SensorConverter(f"adc-{n:04d}", gain=1.0 + n % 7 / 100, precision=3)
    return sensor.volts(2048 + n), sensor.convert(n, "mV")
