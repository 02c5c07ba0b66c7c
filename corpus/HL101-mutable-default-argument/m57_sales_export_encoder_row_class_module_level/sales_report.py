"""Daily sales per region, as rows ready for the dashboard's JSON endpoint."""
import collections
import datetime
import decimal

import exporter

COLUMNS = ("day", "region", "orders", "revenue")
Row = collections.namedtuple("Row", COLUMNS)


def daily_rows(records):
    return [exporter.encode(Row(*record)) for record in records]


def day_of(ordinal):
    return datetime.date(2024, 1, 1) + datetime.timedelta(days=ordinal % 366)


def revenue(cents):
    return decimal.Decimal(cents) / 100
