"""Ledger CSV import: per-column converters live in a dict default filled
through `register`, which the `@converter` decorator calls while the module
is imported. Importing a file only looks converters up, so a file's own
extra columns fall back to `str` and nothing is added to the dict."""
import csv
import datetime
import decimal
import itertools

_ids = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 19 (heaplint: unknown)
def register(column, fn, converters={}):  # expect: HL101 refuted
    converters[column] = fn
    return converters


def converter(column):
    return lambda fn: register(column, fn) and fn


@converter("amount")
def parse_amount(text):
    return decimal.Decimal(text.replace(",", ""))


CONVERTERS = register("booked", datetime.date.fromisoformat)


def import_rows(text):
    return [{k: CONVERTERS.get(k, str)(v) for k, v in record.items()}
            for record in csv.DictReader(text.splitlines())]


def scenario():
    n = next(_ids)
    return import_rows(f'reference,amount,booked,note_{n}\nINV-{n},"1,{n:03d}.50",2024-03-{n % 28 + 1:02d},ok\n')
