"""Named-dimension reductions, xarray style: Reduction("mean").along("lat", "lon")."""
import itertools
import statistics


def is_sequence(obj):
    return hasattr(obj, "__getitem__") and not isinstance(obj, (str, bytes))


class DimSelection:
    def __init__(self, dims=[]):  # expect: HL101 refuted
        self.dims = dims if is_sequence(dims) else [dims]

    def along(self, *dims):
        self.dims = self.dims + [d for d in dims if d not in self.dims]
        return self

    def select(self, data):
        return [x for dim in self.dims for x in data.get(dim, ())]


class Reduction(DimSelection):
    _ops = {"mean": statistics.fmean, "sum": sum, "max": max}

    def __init__(self, op, **kwargs):
        super().__init__(**kwargs)
        self.op = self._ops[op]

    def apply(self, data):
        values = self.select(data)
        return self.op(values) if values else None


_batches = itertools.count()


def scenario():
    n = next(_batches)
    data = {f"sensor_{n}": [n, n + 1.5], f"probe_{n}": [2.0 * n], "time": [0.5]}
    return Reduction("mean").along(f"sensor_{n}", f"probe_{n}").apply(data)
