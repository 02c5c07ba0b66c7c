from collections import namedtuple

__all__ = ["BASE_FIELDS", "record_type", "make_record"]

BASE_FIELDS = {
    "contact": ("id", "name", "email"),
    "deal": ("id", "title", "amount"),
}


def record_type(kind, fields, _types={}):  # expect: HL101 confirmed
    """One namedtuple class per (kind, fields) shape, built once and reused."""
    key = (kind, fields)
    if key not in _types:
        _types[key] = namedtuple(kind.title(), fields)
    return _types[key]


def make_record(kind, payload):
    """Every payload key becomes an attribute, tenant custom fields included."""
    cls = record_type(kind, tuple(sorted(payload)))
    record = cls(**payload)
    missing = [name for name in BASE_FIELDS[kind] if name not in payload]
    if missing:
        raise ValueError(f"{kind} without {missing}")
    return record
