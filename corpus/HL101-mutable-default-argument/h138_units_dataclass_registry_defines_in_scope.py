"""Unit handling for imaging datasets: a dataclass `UnitRegistry` maps unit
names to SI factors through a ChainMap over the built-in table. `calibrate`
defines each dataset's pixel unit (`px_<dataset>`) in `registry.scoped()`,
a child layer made per call, so the default registry instance is only read."""
import collections
import dataclasses
import itertools

_datasets = itertools.count()
SI_FACTORS = {"m": 1.0, "mm": 1e-3, "um": 1e-6, "nm": 1e-9, "s": 1.0, "ms": 1e-3}


@dataclasses.dataclass
class UnitRegistry:
    units: collections.ChainMap = dataclasses.field(
        default_factory=lambda: collections.ChainMap({}, SI_FACTORS))

    def define(self, name, factor, base):
        self.units[name] = factor * self.units[base]

    def scoped(self):
        return UnitRegistry(self.units.new_child())

    def to_si(self, value, unit):
        return value * self.units[unit]


def calibrate(dataset, pixel_um, lengths_px, registry=UnitRegistry()):  # expect: HL101 refuted
    unit, local = f"px_{dataset}", registry.scoped()
    local.define(unit, pixel_um, "um")
    return [local.to_si(v, unit) for v in lengths_px]


def scenario():
    n = next(_datasets)
    return sum(calibrate(f"scan{n:05d}", 0.25 + n % 9 / 100, [12, 40 + n % 5, 7]))
