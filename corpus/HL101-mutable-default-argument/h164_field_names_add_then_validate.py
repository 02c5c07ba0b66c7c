"""Model builder: `register_field` remembers every field name in a
`seen_names` set default to reject duplicates, then checks that the name is
an identifier. The name is added before the check, so even the rejected
names (the scenario's forms use hyphenated names) stay in the set."""
import itertools

_forms = itertools.count()


def register_field(name, kind, seen_names=set()):  # expect: HL101 confirmed
    if name in seen_names:
        raise ValueError(f"duplicate field {name!r}")
    seen_names.add(name)
    if not name.isidentifier():
        raise ValueError(f"field name {name!r} is not a Python identifier")
    return (name, kind)


def build_model(spec):
    fields, rejected = [], []
    for name, kind in spec.items():
        try:
            fields.append(register_field(name, kind))
        except ValueError as exc:
            rejected.append(str(exc))
    return fields, rejected


def scenario():
    n = next(_forms)
    return build_model({f"shipping-address-{n}": "str", f"billing-zip-code-{n}": "str"})
