"""Record serializers: the base class fixes the dump() signature and raises; the compact serializer caches each record type's field order in its own default dict."""
import dataclasses
import itertools


class Serializer:
    def dump(self, record, layouts={}):  # expect: HL101 refuted
        raise NotImplementedError(f"{type(self).__name__} must implement dump()")

    def dump_many(self, records):
        return [self.dump(r) for r in records]


class CompactSerializer(Serializer):
    def dump(self, record, layouts={}):  # expect: HL101 refuted
        layout = layouts.get(type(record))
        if layout is None:
            layout = layouts[type(record)] = sorted(f.name for f in dataclasses.fields(record))
        return ";".join(f"{name}={getattr(record, name)}" for name in layout)


@dataclasses.dataclass
class Invoice:
    pk: int
    customer: str
    total: float


_batches = itertools.count()


def scenario():
    n = next(_batches)
    batch = [Invoice(n * 2 + i, f"cust-{n % 7}", 9.5 * i) for i in range(2)]
    return CompactSerializer().dump_many(batch)
