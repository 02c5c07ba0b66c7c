"""CRM import: records from the old system carry "legacy_"-prefixed keys that
are renamed on the way in, and every rename is logged into the default
mapping for the migration report. Both interpreter paths log the rename."""
import itertools
import sys

_rows = itertools.count(1)
PREFIX = "legacy_"
HAS_REMOVEPREFIX = sys.version_info >= (3, 9)


def _strip(key, renamed):
    if HAS_REMOVEPREFIX:
        short = key.removeprefix(PREFIX)
    else:
        short = key[len(PREFIX):] if key.startswith(PREFIX) else key
    if short != key:
        renamed[key] = short
    return short


def normalize(record, renamed={}):  # expect: HL101 confirmed
    return {_strip(key, renamed): value for key, value in record.items()}


def scenario():
    n = next(_rows)
    return normalize({"id": n, "legacy_owner": "sales", f"legacy_custom_field_{n:05d}": n % 3})
