"""Unit handling for imaging datasets: a dataclass `UnitRegistry` maps unit
names to SI factors through a ChainMap over the built-in table. `calibrate`
defines each dataset's pixel unit (`px_<dataset>`) in the registry it is
given, and the default registry instance collects one unit per dataset."""
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


def calibrate(dataset, pixel_um, lengths_px, registry=UnitRegistry()):  # expect: HL101 confirmed
    unit = f"px_{dataset}"
    registry.define(unit, pixel_um, "um")
    return [registry.to_si(v, unit) for v in lengths_px]


def scenario():
    n = next(_datasets)
    return sum(calibrate(f"scan{n:05d}", 0.25 + n % 9 / 100, [12, 40 + n % 5, 7]))
