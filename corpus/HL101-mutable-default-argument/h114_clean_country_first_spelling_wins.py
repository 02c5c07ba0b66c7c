"""Data cleaning for a CRM export: `canonical_country` folds case, punctuation
and spacing into a key and, with `dict.setdefault` on a dict default, keeps
the first spelling seen for that key so later rows reuse it. The country
column only holds a handful of spellings of a few countries, so once those
keys are in, every export just reads them back."""
import itertools
import re

_ids = itertools.count()
_SPELLINGS = ("United Kingdom", "united  kingdom", "U.K.", "Germany", "GERMANY ", "France")


def canonical_country(raw, _first_seen={}):  # expect: HL101 refuted
    key = " ".join(re.sub(r"[^\w\s]", "", raw).lower().split())
    if not key:
        return raw.strip()
    return _first_seen.setdefault(key, " ".join(raw.split()))


def clean_rows(rows):
    cleaned = []
    for row in rows:
        row = dict(row, country=canonical_country(row["country"]))
        row["email"] = row["email"].strip().lower()
        cleaned.append(row)
    return cleaned


def scenario():
    n = next(_ids)
    rows = [{"country": _SPELLINGS[(n + i) % len(_SPELLINGS)], "email": f" Contact{n}.{i}@Example.org "}
            for i in range(3)]
    return clean_rows(rows)
