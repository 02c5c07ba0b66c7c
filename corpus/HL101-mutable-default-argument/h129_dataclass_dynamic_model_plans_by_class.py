"""CSV import with dynamic record models: each upload's header row becomes a
dataclass built by `dataclasses.make_dataclass`, and `to_row` caches a
conversion plan per model class. Every upload makes a new class, so the
default dict keeps each upload's class (and its plan) alive."""
import dataclasses
import decimal
import itertools

_uploads = itertools.count()
CONVERTERS = {int: int, decimal.Decimal: decimal.Decimal, str: str.strip}


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 18, 15 (heaplint: unknown)
def to_row(record, _plans={}):  # expect: HL101 confirmed
    cls = type(record)
    plan = _plans.get(cls)
    if plan is None:
        plan = _plans[cls] = tuple((f.name, CONVERTERS.get(f.type, str))
                                   for f in dataclasses.fields(cls) if not f.name.startswith("_"))
    return {name: convert(getattr(record, name)) for name, convert in plan}


def scenario():
    n = next(_uploads)
    header = [("sku", str), ("qty", int), ("price", decimal.Decimal)]
    UploadRow = dataclasses.make_dataclass("UploadRow", header)
    record = UploadRow(f" sku-{n} ", str(n % 7), f"{n}.99")
    return to_row(record)
