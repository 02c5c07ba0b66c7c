"""Ledger entries parsed from raw export rows."""
from collections import namedtuple

Entry = namedtuple("Entry", "id account cents")


class InvalidRecord(ValueError):
    pass


def parse(record):
    try:
        cents = round(float(record["amount"]) * 100)
    except ValueError as exc:
        raise InvalidRecord(f"row {record['id']}: bad amount {record['amount']!r}") from exc
    return Entry(record["id"], record["account"], cents)
