"""Shipment manifest importer: `required_check` builds, once at import, a
closure that tells whether a record has all required fields and keeps the
missing ones of the last record checked in a list default. The closure
replaces the list's contents with slice assignment, so it only ever holds
one record's gaps."""
import itertools

_manifests = itertools.count()


# heaplint-todo: the statement at line 13 that takes its items out again runs only on some ways through tests heaplint could not decide; a call that went another way kept what it added (heaplint: unknown)
def required_check(fields, missing=[]):  # expect: HL101 refuted
    def check(record):
        missing[:] = [(record.get("id"), f) for f in fields if not record.get(f)]
        return not missing
    check.missing = missing
    return check


has_address = required_check(("street", "city", "postcode"))


def import_manifest(records):
    for index, record in enumerate(records):
        if not has_address(record):
            return index, len(has_address.missing)
    return len(records), 0


def scenario():
    n = next(_manifests)
    records = [{"id": f"S{n}-1", "street": "Main 1", "city": "Ulm", "postcode": "89073"},
               {"id": f"S{n}-2", "street": "", "city": "Ulm", "postcode": None}]
    return import_manifest(records)
