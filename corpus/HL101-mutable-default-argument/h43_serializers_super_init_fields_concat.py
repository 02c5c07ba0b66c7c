"""Serializer library: a subclass adds per-record custom attribute fields with `fields = fields + [...]` before calling `super().__init__`.

Twin of the `+=` serializer. Here the `fields=[]` default is only read: both
statements build a new list with `+` and rebind the local name, and the base
class stores that new list. The default list object stays empty forever.
"""
import itertools
import json


class Serializer:
    def __init__(self, instance, fields):
        self.instance = instance
        self.fields = fields

    def to_dict(self):
        out = {}
        for name in self.fields:
            value = self.instance.get(name)
            if value is not None:
                out[name] = value
        return out

    def dumps(self):
        return json.dumps(self.to_dict(), sort_keys=True)


class CustomFieldsSerializer(Serializer):
    base_fields = ("id", "name", "created")

    def __init__(self, instance, fields=[]):  # expect: HL101 refuted
        if not fields:
            fields = fields + list(self.base_fields)
        fields = fields + [k for k in instance if k.startswith("attr_") and k not in fields]
        super().__init__(instance, fields)


def export(records):
    return [CustomFieldsSerializer(rec).dumps() for rec in records]


_batches = itertools.count()


def scenario():
    n = next(_batches)
    record = {
        "id": n,
        "name": f"item-{n}",
        "created": "2024-06-01",
        f"attr_sku_{n}": f"SKU{n:06d}",
        "internal_note": "do not export",
    }
    return export([record])
