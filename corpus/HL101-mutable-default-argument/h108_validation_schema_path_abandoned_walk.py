"""Nested payload validation: `iter_errors()` walks a schema of types and nested
dicts, pushing each key on a shared path list and popping it after the check.
`is_valid()` returns at the first error and drops the generator mid-walk, so the
keys leading to the failing field are never popped."""
import itertools

_payloads = itertools.count()

SCHEMA = {"id": int, "customer": {"name": str, "address": {"city": str, "zip": str}}, "total": float}


def iter_errors(schema, data, path=[]):  # expect: HL101 confirmed
    for key, rule in schema.items():
        path.append(key)
        value = data.get(key) if isinstance(data, dict) else None
        if isinstance(rule, dict):
            yield from iter_errors(rule, value, path)
        elif not isinstance(value, rule):
            yield "%s: expected %s, got %r" % (".".join(path), rule.__name__, value)
        path.pop()


def is_valid(payload):
    for _ in iter_errors(SCHEMA, payload):
        return False
    return True


def scenario():
    n = next(_payloads)
    address = {"city": "Oslo", "zip": "0%03d" % (n % 1000)}
    good = {"id": n, "customer": {"name": "c%d" % n, "address": address}, "total": n / 4}
    bad = {"id": n, "customer": {"name": "c%d" % n, "address": dict(address, zip=n)}, "total": 1.0}
    return is_valid(good), is_valid(bad), is_valid(dict(good, total=str(n)))
