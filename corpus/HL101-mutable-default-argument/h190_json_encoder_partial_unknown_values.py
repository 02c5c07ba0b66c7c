"""Audit export: a LenientEncoder (json.JSONEncoder) serialises records that
may hold values JSON does not know (Decimal, datetime), writing their repr()
and noting what it met. __init__ passes JSONEncoder a functools.partial that
binds the `unknown=set()` default; the partial keeps that very set, and the
repr of every value goes in, so each record adds new strings to it."""
import datetime
import decimal
import functools
import itertools
import json

_records = itertools.count()


def _fallback(obj, unknown):
    unknown.add(repr(obj))
    return repr(obj)


class LenientEncoder(json.JSONEncoder):
    # heaplint-todo: it flows into `json.JSONEncoder.encode()`, which heaplint cannot see (heaplint: unknown)
    def __init__(self, *, unknown=set(), **kw):  # expect: HL101 confirmed
        super().__init__(default=functools.partial(_fallback, unknown=unknown), **kw)


def scenario():
    n = next(_records)
    record = {"id": n, "amount": decimal.Decimal(f"{n}.25"),
              "at": datetime.datetime(2024, 1, 1) + datetime.timedelta(minutes=n)}
    return len(LenientEncoder(sort_keys=True).encode(record))
