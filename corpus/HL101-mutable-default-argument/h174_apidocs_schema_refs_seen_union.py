"""API docs generator: lists every property path of a JSON schema, following
"$ref" links into the schema's definitions. The recursive generator guards
against reference cycles with a `seen` set default passed down through
`yield from`; `seen = seen | {ref}` builds a new set for each level instead
of mutating, so the default set stays empty."""
import itertools

_specs = itertools.count()


def property_paths(schema, defs, prefix="", seen=set()):  # expect: HL101 refuted
    ref = schema.get("$ref")
    if ref is not None:
        if ref in seen:
            return
        seen = seen | {ref}
        schema = defs[ref]
    for name, sub in schema.get("properties", {}).items():
        yield prefix + name
        yield from property_paths(sub, defs, prefix + name + ".", seen)


def scenario():
    n = next(_specs)
    user, addr = f"#/definitions/User{n}", f"#/definitions/Address{n}"
    defs = {
        user: {"properties": {"name": {}, "home": {"$ref": addr}, "work": {"$ref": addr}}},
        addr: {"properties": {"street": {}, "owner": {"$ref": user}}},
    }
    return list(property_paths({"$ref": user}, defs))
