"""Serialization schemas: declared fields are ordered by position, then extended fluently per schema."""
import dataclasses
import itertools
import operator


@dataclasses.dataclass
class Field:
    name: str
    type: type
    required: bool = True
    order: int = 0


class Schema:
    def __init__(self, name, fields=[Field("id", int, order=-1)]):  # expect: HL101 refuted
        self.name = name
        self.fields = sorted(fields, key=operator.attrgetter("order"))

    def field(self, name, type_, **opts):
        self.fields.append(Field(name, type_, order=len(self.fields), **opts))
        return self

    def load(self, data):
        return {f.name: f.type(data[f.name]) for f in self.fields if f.required or f.name in data}


_versions = itertools.count()


def scenario():
    n = next(_versions)
    schema = Schema(f"Event_v{n}").field("kind", str).field("note", str, required=False)
    return schema.load({"id": str(n), "kind": f"click-{n % 4}"})
