"""Serialization schemas built fluently: Schema("User").field("id", int).field(...)."""
import dataclasses
import itertools


@dataclasses.dataclass
class Field:
    name: str
    type: type
    required: bool = True


class Schema:
    def __init__(self, name, fields=[]):  # expect: HL101 confirmed
        self.name = name
        self.fields = fields

    def field(self, name, type_, **opts):
        self.fields.append(Field(name, type_, **opts))
        return self

    def load(self, data):
        return {f.name: f.type(data[f.name]) for f in self.fields if f.required or f.name in data}


_versions = itertools.count()


def scenario():
    n = next(_versions)
    schema = Schema(f"Event_v{n}").field("id", int).field("kind", str).field("note", str, required=False)
    return schema.load({"id": str(n), "kind": f"click-{n % 4}"})
