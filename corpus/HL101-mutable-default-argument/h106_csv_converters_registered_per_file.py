"""Ledger CSV import: per-column converters live in a dict default filled
through `register`, which `@converter` calls at import. The importer also
registers the decimal converter for each `*_amount` column it meets, and the
exports name those columns after their period: one new key per file."""
import csv
import datetime
import decimal
import itertools

_ids = itertools.count()


# heaplint-todo: the column names come from csv.DictReader, code heaplint cannot see: keys it hands back may repeat (heaplint: unknown)
def register(column, fn, converters={}):  # expect: HL101 confirmed
    converters[column] = fn
    return converters


def converter(column):
    return lambda fn: register(column, fn) and fn


@converter("amount")
def parse_amount(text):
    return decimal.Decimal(text.replace(",", ""))


CONVERTERS = register("booked", datetime.date.fromisoformat)


def import_rows(text):
    reader = csv.DictReader(text.splitlines())
    for column in reader.fieldnames:
        if column.endswith("_amount") and column not in CONVERTERS:
            register(column, parse_amount)
    return [{k: CONVERTERS.get(k, str)(v) for k, v in record.items()} for record in reader]


def scenario():
    n = next(_ids)
    return import_rows(f'reference,p{n}_amount,booked\nINV-{n},"1,{n:03d}.50",2024-03-{n % 28 + 1:02d}\n')
