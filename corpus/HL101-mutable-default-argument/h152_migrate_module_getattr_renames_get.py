"""Record migrations: the step for each schema version is found with
getattr(sys.modules[__name__], "migrate_v%d" % version). migrate_v2 maps
old field names to new ones through a dict default with .get(key, key),
which only reads it: custom fields pass through unchanged."""
import itertools
import sys

_records = itertools.count()


def migrate_v2(record, renames={"fname": "first_name", "lname": "last_name"}):  # expect: HL101 refuted
    return {renames.get(key, key): value for key, value in record.items()}


def migrate_v3(record):
    record["schema"] = 3
    return record


def upgrade(record, from_version, to_version):
    module = sys.modules[__name__]
    for version in range(from_version + 1, to_version + 1):
        record = getattr(module, "migrate_v%d" % version)(record)
    return record


def scenario():
    n = next(_records)
    record = {"fname": "Ada", "lname": f"L{n}", f"custom_field_{n:06d}": n}
    return upgrade(record, 1, 3)
