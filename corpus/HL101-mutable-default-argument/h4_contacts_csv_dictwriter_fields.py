"""Contacts export: csv.DictWriter is given the default field list directly."""
import csv
import io
import itertools


def to_csv(contacts, fieldnames=["name", "email"]):  # expect: HL101 refuted
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=fieldnames, extrasaction="ignore")
    writer.writeheader()
    writer.writerows(contacts)
    return buf.getvalue()


_exports = itertools.count()


def scenario():
    n = next(_exports)
    to_csv([{"name": f"Contact {n}", "email": f"c{n}@example.com", "phone": n}])
