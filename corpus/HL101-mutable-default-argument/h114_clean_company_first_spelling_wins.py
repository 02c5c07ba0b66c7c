"""Data cleaning for a CRM export: `canonical_company` folds case, punctuation
and legal suffixes into a key and, with `dict.setdefault` on a dict default,
keeps the first spelling seen for that key so later rows reuse it. Company
names are as many as the customers, so each export adds its own keys."""
import itertools
import re

_ids = itertools.count()
_SUFFIXES = re.compile(r"\b(inc|ltd|llc|gmbh|co|corp)\b\.?", re.I)


def canonical_company(raw, _first_seen={}):  # expect: HL101 confirmed
    key = " ".join(re.sub(r"[^\w\s]", " ", _SUFFIXES.sub("", raw)).lower().split())
    if not key:
        return raw.strip()
    return _first_seen.setdefault(key, " ".join(raw.split()))


def clean_rows(rows):
    cleaned = []
    for row in rows:
        row = dict(row, company=canonical_company(row["company"]))
        row["email"] = row["email"].strip().lower()
        cleaned.append(row)
    return cleaned


def scenario():
    n = next(_ids)
    rows = [{"company": f"Acme Widgets {n} Ltd.", "email": f" Sales{n}@Acme.example "},
            {"company": f"ACME widgets {n}, LTD", "email": f"ops{n}@acme.example"},
            {"company": f"Blue Harbor {n} Inc", "email": f"info{n}@harbor.example "}]
    return clean_rows(rows)
