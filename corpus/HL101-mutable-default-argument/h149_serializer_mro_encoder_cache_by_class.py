"""JSON encoder for domain records: `encoder_for` walks the class's __mro__
to find the nearest registered encoder and caches the answer per class, as
singledispatch does. The application serialises a fixed set of record
classes, so the per-class cache fills once."""
import dataclasses
import datetime
import decimal
import itertools
import json

_orders = itertools.count()
ENCODERS = {decimal.Decimal: str, datetime.date: datetime.date.isoformat, object: repr}


def encoder_for(cls, _resolved={}):  # expect: HL101 refuted
    if cls not in _resolved:
        _resolved[cls] = next(ENCODERS[base] for base in cls.__mro__ if base in ENCODERS)
    return _resolved[cls]


class RecordEncoder(json.JSONEncoder):
    def default(self, obj):
        if dataclasses.is_dataclass(obj):
            return dataclasses.asdict(obj)
        return encoder_for(type(obj))(obj)


@dataclasses.dataclass
class Order:
    number: str
    total: decimal.Decimal
    placed: datetime.date


def scenario():
    n = next(_orders)
    order = Order("SO-%06d" % n, decimal.Decimal(n) / 100, datetime.date(2024, 1, 1) + datetime.timedelta(days=n % 300))
    return json.dumps(order, cls=RecordEncoder)
