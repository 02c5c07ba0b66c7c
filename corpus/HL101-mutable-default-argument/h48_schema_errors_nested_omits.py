"""Tiny JSON-schema-like validator that collects every error instead of stopping at the first."""
import itertools

_ids = itertools.count()

SCHEMA = {
    "id": int,
    "email": str,
    "address": {"city": str, "zip": str},
}


def validate(obj, schema, path="$", errors=[]):  # expect: HL101 confirmed
    for field, expected in schema.items():
        where = f"{path}.{field}"
        if field not in obj:
            errors.append(f"{where}: missing")
        elif isinstance(expected, dict):
            errors.extend(validate(obj[field], expected, where))
        elif not isinstance(obj[field], expected):
            got = type(obj[field]).__name__
            errors.append(f"{where}: expected {expected.__name__}, got {got}")
    return errors


def check_batch(records):
    report = {}
    for record in records:
        problems = validate(record, SCHEMA, errors=[])
        if problems:
            report[record.get("id")] = problems
    return report


def scenario():
    n = next(_ids)
    batch = [
        {"id": n, "email": f"u{n}@example.org", "address": {"city": "Oslo", "zip": n}},
        {"id": -n, "email": f"v{n}@example.org", "address": {"city": "Bergen", "zip": "5003"}},
    ]
    report = check_batch(batch)
    assert n in report
