from .convert import get_converter


class Unit:
    def __init__(self, symbol, scale, physical_type):
        self.symbol = symbol
        self.scale = scale
        self.physical_type = physical_type

    def __repr__(self):
        return f"Unit({self.symbol!r})"

    def to(self, other, value, equivalencies=[]):  # expect: HL101 refuted
        return get_converter(self, other, tuple(equivalencies))(value)


Hz = Unit("Hz", 1.0, "frequency")
MHz = Unit("MHz", 1.0e6, "frequency")
GHz = Unit("GHz", 1.0e9, "frequency")
m_per_s = Unit("m/s", 1.0, "speed")
km_per_s = Unit("km/s", 1.0e3, "speed")
