"""Record serialisation with one Field subclass per type: Field.serialize() hands
its `memo={}` default to to_primitive(), which seven subclasses override. RefField,
the last, numbers each referenced id with memo.setdefault(): all ids stay there."""
import datetime
import decimal
import itertools

_orders = itertools.count()

class Field:
    def serialize(self, value, memo={}):  # expect: HL101 confirmed
        return None if value is None else self.to_primitive(value, memo)
    def to_primitive(self, value, memo):
        raise NotImplementedError

class IntField(Field):
    def to_primitive(self, value, memo): return int(value)
class StrField(Field):
    def to_primitive(self, value, memo): return str(value).strip()
class BoolField(Field):
    def to_primitive(self, value, memo): return bool(value)
class DecimalField(Field):
    def to_primitive(self, value, memo): return str(value.quantize(decimal.Decimal("0.01")))
class DateField(Field):
    def to_primitive(self, value, memo): return value.isoformat()
class ListField(Field):
    def __init__(self, inner): self.inner = inner
    def to_primitive(self, value, memo): return [self.inner.serialize(v, memo) for v in value]
class RefField(Field):
    def to_primitive(self, value, memo): return {"$ref": memo.setdefault(value, f"#/{len(memo)}")}

ORDER = {"id": IntField(), "customer": RefField(), "total": DecimalField(), "paid": BoolField(),
         "placed": DateField(), "items": ListField(RefField()), "note": StrField()}

def scenario():
    n = next(_orders)
    order = {"id": n, "customer": f"cust-{n}", "total": decimal.Decimal(n) / 7, "paid": n % 2,
             "placed": datetime.date(2024, 1, 1 + n % 28), "items": [f"sku-{n}", f"sku-{n}-b"], "note": None}
    return {key: field.serialize(order[key]) for key, field in ORDER.items()}
