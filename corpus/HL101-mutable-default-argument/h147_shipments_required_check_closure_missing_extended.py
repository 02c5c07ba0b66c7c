"""Shipment manifest importer: `required_check` builds, once at import, a
closure that tells whether a record has all required fields and notes the
missing ones in a list default for the error report. The closure extends
that list for every incomplete record and nothing ever empties it."""
import itertools

_manifests = itertools.count()


def required_check(fields, missing=[]):  # expect: HL101 confirmed
    def check(record):
        gaps = [(record.get("id"), f) for f in fields if not record.get(f)]
        missing.extend(gaps)
        return not gaps
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
