"""Physical quantities that keep their conversion chain for provenance
reports. Subclasses forward keyword options to `Quantity.__init__` through
`super().__init__(..., **options)`. The base records the starting reading
with `history + [...]`, which builds a new list, so each quantity appends
its conversions to its own list and the default stays empty."""
import itertools

_readings = itertools.count()


class Quantity:
    FACTORS = {}

    def __init__(self, value, unit, history=[]):  # expect: HL101 refuted
        self.value, self.unit = value, unit
        self.history = history + [(value, unit)]

    def to(self, unit):
        self.value = self.FACTORS[self.unit, unit](self.value)
        self.unit = unit
        self.history.append((self.value, unit))
        return self


class Temperature(Quantity):
    FACTORS = {("K", "degC"): lambda v: v - 273.15, ("degC", "degF"): lambda v: v * 9 / 5 + 32}

    def __init__(self, kelvin, **options):
        super().__init__(kelvin, "K", **options)


def scenario():
    n = next(_readings)
    q = Temperature(250.0 + n % 90 + n / 1000).to("degC").to("degF")
    return round(q.value, 6), q.unit
