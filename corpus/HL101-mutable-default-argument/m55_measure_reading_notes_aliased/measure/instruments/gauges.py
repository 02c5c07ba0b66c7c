"""Readings from the plant's pressure gauges (they report kPa)."""
from ..quantity import Quantity
from ..units import KPA


class PressureReading(Quantity):
    def __init__(self, value, unit=KPA, sensor="P1"):
        super().__init__(value, unit)
        self.sensor = sensor

    def calibrate(self, offset):
        if offset:
            self.value += offset
            self.annotate(f"{self.sensor}: offset {offset:+.2f} {self.unit} applied")
        else:
            self.annotate(f"{self.sensor}: no offset")
        return self
