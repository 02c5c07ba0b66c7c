"""Plugin: running count of records per user, for the live dashboard."""


def on_record(record, _counts={}):  # expect: HL101 confirmed
    key = record["user"]
    _counts[key] = _counts.get(key, 0) + 1
    return _counts[key]


def on_reset(_payload=None):
    return len(on_record.__defaults__[0])
