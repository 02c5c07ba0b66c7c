"""A tiny schema layer: ``ModelMeta`` lists each model's fields after the common
base fields (a module-level list passed as a default). The import service
builds one model class per uploaded schema."""
import itertools

BASE_FIELDS = ["id", "created_at"]
_schemas = itertools.count()


class ModelMeta(type):
    def __new__(mcls, name, bases, ns, base_fields=BASE_FIELDS):  # expect: HL101 confirmed
        declared = [key for key, value in ns.items() if isinstance(value, type)]
        fields = base_fields
        fields += declared
        ns["_fields"] = tuple(fields)
        return super().__new__(mcls, name, bases, ns)


class Model(metaclass=ModelMeta):
    def __init__(self, **values):
        for field in self._fields:
            setattr(self, field, values.get(field))


def model_from_schema(title, columns):
    return ModelMeta(title, (Model,), dict(columns))


def scenario():
    n = next(_schemas)
    Row = model_from_schema("Upload%d" % n, {"sku_%d" % n: str, "qty": int, "batch_%d" % n: str})
    row = Row(id=n, qty=3)
    return row.id, row.qty, len(Row._fields)
