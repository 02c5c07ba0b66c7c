"""Quantities: to() forwards its options to to_value(), which appends the enabled equivalencies to a new list."""
import itertools

UNITS = {"kHz": ("Hz", 1e3), "ms": ("s", 1e-3), "eV": ("J", 1.602176634e-19), "nm": ("m", 1e-9)}
ENABLED = [("Hz", "s", lambda f: 1.0 / f), ("s", "Hz", lambda t: 1.0 / t),
           ("m", "J", lambda lam: 1.98644586e-25 / lam), ("J", "m", lambda e: 1.98644586e-25 / e)]

def _with_enabled(equivalencies):
    equivalencies = equivalencies + ENABLED
    return equivalencies


class Quantity:
    def __init__(self, value, unit):
        self.value, self.unit = value, unit

    def to(self, unit, **kwargs):
        return Quantity(self.to_value(unit, **kwargs), unit)

    def to_value(self, unit, equivalencies=[]):  # expect: HL101 refuted
        (b_src, f_src), (b_dst, f_dst) = UNITS[self.unit], UNITS[unit]
        base = self.value * f_src
        if b_src != b_dst:
            for frm, dst, fn in _with_enabled(equivalencies):
                if (frm, dst) == (b_src, b_dst):
                    base = fn(base)
                    break
            else:
                raise ValueError(f"{self.unit} is not convertible to {unit}")
        return base / f_dst


_samples = itertools.count(1)


def scenario():
    n = next(_samples)
    period = Quantity(n, "kHz").to("ms")
    photon = Quantity(400 + n % 300, "nm").to("eV")
    return f"{period.value:.4g} {period.unit}, {photon.value:.3e} {photon.unit}"
