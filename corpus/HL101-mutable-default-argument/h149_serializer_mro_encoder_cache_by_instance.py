"""JSON encoder for domain records: `encoded` memoises the encoded form of
each frozen record so a record that appears twice in one document is only
encoded once. The memo is keyed by the record itself rather than its class,
and every order is a new record, so the shared default keeps every one."""
import dataclasses
import datetime
import decimal
import itertools
import json

_orders = itertools.count()


@dataclasses.dataclass(frozen=True)
class Order:
    number: str
    total: decimal.Decimal
    placed: datetime.date


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 30, 24 (heaplint: unknown)
def encoded(record, _memo={}):  # expect: HL101 confirmed
    if record not in _memo:
        fields = dataclasses.asdict(record)
        _memo[record] = {k: v.isoformat() if isinstance(v, datetime.date) else str(v) for k, v in fields.items()}
    return _memo[record]


class RecordEncoder(json.JSONEncoder):
    def default(self, obj):
        if dataclasses.is_dataclass(obj):
            return encoded(obj)
        return super().default(obj)


def scenario():
    n = next(_orders)
    order = Order("SO-%06d" % n, decimal.Decimal(n) / 100, datetime.date(2024, 1, 1) + datetime.timedelta(days=n % 300))
    return json.dumps({"order": order, "duplicate": order}, cls=RecordEncoder)
