"""API schemas: builds Schema objects from nested dict specs; a field names either a primitive or an earlier schema."""
import itertools

PRIMITIVES = {"string", "integer", "number", "boolean"}


class Schema:
    def __init__(self, name):
        self.name = name
        self.fields = {}

    @classmethod
    def from_dict(cls, spec, known={}):  # expect: HL101 refuted
        seen = dict(known)
        schema = cls(spec["name"])
        seen[schema.name] = schema
        for field, ftype in spec["fields"].items():
            if isinstance(ftype, dict):
                nested = cls.from_dict(ftype, seen)
                seen[nested.name] = schema.fields[field] = nested
            elif ftype in PRIMITIVES:
                schema.fields[field] = ftype
            else:
                schema.fields[field] = seen[ftype]
        return schema


_specs = itertools.count()


def scenario():
    n = next(_specs)
    spec = {"name": f"Order{n}", "fields": {
        "id": "integer",
        "customer": {"name": f"Customer{n}", "fields": {"email": "string"}},
        "billing": f"Customer{n}",
    }}
    return Schema.from_dict(spec).fields["billing"].name
