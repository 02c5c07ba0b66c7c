"""CRM import: records from the old system carry "legacy_"-prefixed keys that
are renamed on the way in. Interpreters without str.removeprefix slice by
hand and memoise the result in the default mapping; 3.9+ never touches it."""
import itertools
import sys

_rows = itertools.count(1)
PREFIX = "legacy_"
HAS_REMOVEPREFIX = sys.version_info >= (3, 9)


def _strip(key, renamed):
    if HAS_REMOVEPREFIX:
        return key.removeprefix(PREFIX)
    if key not in renamed:
        renamed[key] = key[len(PREFIX):] if key.startswith(PREFIX) else key
    return renamed[key]


def normalize(record, renamed={}):  # expect: HL101 refuted
    return {_strip(key, renamed): value for key, value in record.items()}


def scenario():
    n = next(_rows)
    return normalize({"id": n, "legacy_owner": "sales", f"legacy_custom_field_{n:05d}": n % 3})
