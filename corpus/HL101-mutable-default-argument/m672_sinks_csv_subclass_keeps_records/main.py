"""Reporting API: each call writes one audit record through a CSV sink."""
import itertools

from sinks.csv_sink import CsvSink

_records = itertools.count(1)


def scenario():
    n = next(_records)
    return CsvSink().write({"id": n, "user": f"user{n}", "action": "login"})
