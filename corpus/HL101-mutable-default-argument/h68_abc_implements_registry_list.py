"""Export layer: classes declare the ABCs they implement; row adapters are generated per result set."""
import abc
import collections
import collections.abc
import itertools


# heaplint-todo: the store is not reached in the scenario: the adapter classes are registered with ABCMeta.register through a path heaplint does not run (unknown, not confirmed)
def implements(*interfaces, _impls=collections.defaultdict(list)):  # expect: HL101 confirmed
    def decorator(cls):
        for iface in interfaces:
            iface.register(cls)
            _impls[iface].append(cls)
        return cls

    return decorator


class Exporter(abc.ABC):
    @abc.abstractmethod
    def export(self): ...


def make_row_adapter(columns):
    @implements(Exporter, collections.abc.Sized)
    class RowAdapter:
        def __init__(self, rows):
            self.rows = rows

        def __len__(self):
            return len(self.rows)

        def export(self):
            return [dict(zip(columns, row)) for row in self.rows]

    return RowAdapter


_results = itertools.count()


def scenario():
    n = next(_results)
    adapter = make_row_adapter(("sku", "qty"))([(f"SKU-{n}", n % 9), (f"SKU-{n + 1}", 1)])
    assert isinstance(adapter, Exporter) and len(adapter) == 2
    return adapter.export()
