"""Model builder: `register_field` checks that the name is an identifier and
only then remembers it in a `seen_names` set default to reject duplicates.
The scenario's forms use hyphenated names, so every name is rejected before
it reaches the set and the shared set stays empty."""
import itertools

_forms = itertools.count()


def register_field(name, kind, seen_names=set()):  # expect: HL101 refuted
    if name in seen_names:
        raise ValueError(f"duplicate field {name!r}")
    if not name.isidentifier():
        raise ValueError(f"field name {name!r} is not a Python identifier")
    seen_names.add(name)
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
