"""Record serializers: the base class fixes the dump() signature and raises; the compact serializer memoizes each rendered record in its own default dict."""
import dataclasses
import itertools


class Serializer:
    def dump(self, record, memo={}):  # expect: HL101 refuted
        raise NotImplementedError(f"{type(self).__name__} must implement dump()")

    def dump_many(self, records):
        return [self.dump(r) for r in records]


class CompactSerializer(Serializer):
    def dump(self, record, memo={}):  # expect: HL101 confirmed
        key = (type(record).__name__, record.pk)
        if key not in memo:
            fields = dataclasses.asdict(record)
            memo[key] = ";".join(f"{k}={fields[k]}" for k in sorted(fields))
        return memo[key]


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
