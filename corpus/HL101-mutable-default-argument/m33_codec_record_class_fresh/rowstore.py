"""A thin result-set layer: rows come back as lightweight record classes."""
import collections
import datetime
import decimal
import functools


def record_class(columns):
    return collections.namedtuple("Record", columns)


def fetch(table, key, columns=("id", "email", "balance", "created")):
    cls = record_class(tuple(c.lower() for c in columns))
    day = datetime.date(2024, 1, 1) + datetime.timedelta(days=key % 365)
    balance = decimal.Decimal(key) / 100
    return cls(key, "%s-%d@example.org" % (table, key), balance, day)
