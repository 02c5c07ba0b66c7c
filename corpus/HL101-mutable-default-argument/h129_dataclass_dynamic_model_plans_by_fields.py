"""CSV import with dynamic record models: each upload's header row becomes a
dataclass built by `dataclasses.make_dataclass`, and `to_row` caches a
conversion plan keyed by the model's (name, type) field layout. Uploads with
the same header share one entry, and the key holds no class, so each
upload's class is freed and the default dict stays at one plan per layout."""
import dataclasses
import decimal
import itertools

_uploads = itertools.count()
CONVERTERS = {int: int, decimal.Decimal: decimal.Decimal, str: str.strip}


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
def to_row(record, _plans={}):  # expect: HL101 refuted
    layout = tuple((f.name, f.type) for f in dataclasses.fields(record))
    plan = _plans.get(layout)
    if plan is None:
        plan = _plans[layout] = tuple((name, CONVERTERS.get(type_, str))
                                      for name, type_ in layout if not name.startswith("_"))
    return {name: convert(getattr(record, name)) for name, convert in plan}


def scenario():
    n = next(_uploads)
    header = [("sku", str), ("qty", int), ("price", decimal.Decimal)]
    UploadRow = dataclasses.make_dataclass("UploadRow", header)
    record = UploadRow(f" sku-{n} ", str(n % 7), f"{n}.99")
    return to_row(record)
