"""Event ingest: deduplicates repeated strings of a decoded JSON event by
interning them in a table, so equal values share one object. `intern_value`
and `intern_list` recurse into each other; the top call passes a fresh table
per event and both functions pass it on to every call, so neither default
table is ever written to."""
import itertools

_events = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 12 (heaplint: unknown)
def intern_value(value, table={}):  # expect: HL101 refuted
    if isinstance(value, str):
        return table.setdefault(value, value)
    if isinstance(value, list):
        return intern_list(value, table)
    if isinstance(value, dict):
        return {intern_value(k, table): intern_value(v, table) for k, v in value.items()}
    return value


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 12 (heaplint: unknown)
def intern_list(items, table={}):  # expect: HL101 refuted
    return [intern_value(item, table) for item in items]


def scenario():
    n = next(_events)
    event = {"user": f"user-{n}", "tags": [f"checkout-{n}", f"campaign-{n}", {"ip": f"10.0.{n % 250}.{n}"}]}
    return intern_value(event, {})
