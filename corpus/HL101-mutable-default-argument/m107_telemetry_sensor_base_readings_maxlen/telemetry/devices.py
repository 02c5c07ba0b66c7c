from .base import Sensor
from .smoothing import SmoothingMixin


class Thermometer(SmoothingMixin, Sensor):
    unit = "C"

    def __init__(self, ident, offset=0.0):
        super().__init__(ident)
        self.offset = offset

    def record(self, value):
        super().record(value + self.offset)


class Hygrometer(SmoothingMixin, Sensor):
    unit = "%"

    def __init__(self, ident):
        super().__init__(ident)
