"""API model schemas: extend_schema() starts from a base JSON-schema object and adds one property per model field; `required` is rebuilt by concatenation."""
import itertools

_TYPES = {int: "integer", str: "string", bool: "boolean", float: "number"}


def extend_schema(fields, base={"type": "object", "properties": {}, "required": []}):  # expect: HL101 confirmed
    schema = dict(base)
    for name, (py_type, required) in fields.items():
        schema["properties"][name] = {"type": _TYPES[py_type], "title": name.replace("_", " ").title()}
        if required:
            schema["required"] = schema["required"] + [name]
    return schema


_models = itertools.count()


def scenario():
    n = next(_models)
    fields = {f"metric_{n}": (float, True), "note": (str, False), "active": (bool, n % 2 == 0)}
    schema = extend_schema(fields)
    return sorted(schema["required"])
