"""Event ingest: deduplicates repeated strings of a decoded JSON event by
interning them in a table, so equal values share one object. `intern_value`
and `intern_list` recurse into each other; the top call passes a fresh table
per event, but `intern_list` calls back without its table, so the strings of
list items go into intern_value's default table and stay there.
intern_list's own default is never used: it is always given a table."""
import itertools

_events = itertools.count()


def intern_value(value, table={}):  # expect: HL101 confirmed
    if isinstance(value, str):
        return table.setdefault(value, value)
    if isinstance(value, list):
        return intern_list(value, table)
    if isinstance(value, dict):
        return {intern_value(k, table): intern_value(v, table) for k, v in value.items()}
    return value


def intern_list(items, table={}):  # expect: HL101 refuted
    return [intern_value(item) for item in items]


def scenario():
    n = next(_events)
    event = {"user": f"user-{n}", "tags": [f"checkout-{n}", f"campaign-{n}", {"ip": f"10.0.{n % 250}.{n}"}]}
    return intern_value(event, {})
