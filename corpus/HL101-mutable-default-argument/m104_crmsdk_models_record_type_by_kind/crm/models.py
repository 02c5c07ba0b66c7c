from collections import namedtuple

__all__ = ["BASE_FIELDS", "record_type", "make_record"]

BASE_FIELDS = {
    "contact": ("id", "name", "email"),
    "deal": ("id", "title", "amount"),
}


def record_type(kind, fields, _types={}):  # expect: HL101 refuted
    """One namedtuple class per (kind, fields) shape, built once and reused."""
    key = (kind, fields)
    if key not in _types:
        _types[key] = namedtuple(kind.title(), fields)
    return _types[key]


def make_record(kind, payload):
    """Known fields become attributes; tenant custom fields go to `custom`."""
    base = BASE_FIELDS[kind]
    custom = {name: value for name, value in payload.items() if name not in base}
    cls = record_type(kind, base + ("custom",))
    return cls(custom=custom, **{name: payload[name] for name in base})
