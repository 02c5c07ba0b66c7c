"""Unit registries: each experiment gets its own registry subclass, which hands super() a fresh definitions dict."""
import itertools


class UnitRegistry:
    def __init__(self, definitions={}):  # expect: HL101 refuted
        self._units = definitions

    def define(self, symbol, factor, base):
        self._units[symbol] = (factor, base)

    def convert(self, value, src, dst):
        (f_src, b_src), (f_dst, b_dst) = self._units[src], self._units[dst]
        if b_src != b_dst:
            raise ValueError(f"cannot convert {src} ({b_src}) to {dst} ({b_dst})")
        return value * f_src / f_dst

    symbols = property(lambda self: sorted(self._units))


ureg = UnitRegistry()
for _symbol, _factor in (("m", 1.0), ("cm", 0.01), ("mm", 0.001), ("um", 1e-6), ("s", 1.0), ("ms", 1e-3)):
    ureg.define(_symbol, _factor, "m" if _symbol.endswith("m") else "s")


class ExperimentRegistry(UnitRegistry):
    def __init__(self, name):
        super().__init__({symbol: ureg._units[symbol] for symbol in ureg.symbols})
        self.name = name


_experiments = itertools.count()


def scenario():
    n = next(_experiments)
    reg = ExperimentRegistry(f"exp-{n}")
    reg.define(f"cell_{n}", 12e-6 + n * 1e-9, "m")
    return reg.convert(3, f"cell_{n}", "um"), ureg.convert(250, "mm", "m")
