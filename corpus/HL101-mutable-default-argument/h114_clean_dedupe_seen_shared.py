"""Data cleaning: `unique_by` is a generator that drops rows whose key was
already seen, keeping the keys in a set default that callers may seed with a
blocklist. The newsletter import calls it once per uploaded file without a
seed, so the e-mail addresses of every file stay in the one shared set."""
import itertools

_ids = itertools.count()


def unique_by(rows, field, seen=set()):  # expect: HL101 confirmed
    for row in rows:
        key = row.get(field, "").strip().lower()
        if not key or key in seen:
            continue
        seen.add(key)
        yield row


def import_subscribers(upload):
    rows = [dict(zip(("email", "name"), line.split(";"))) for line in upload.splitlines() if line]
    return [f"{row['name'].strip()} <{row['email'].strip()}>" for row in unique_by(rows, "email")]


def scenario():
    n = next(_ids)
    upload = f"ann{n}@example.org;Ann\nbob{n}@example.org;Bob\nANN{n}@example.org ;Ann B.\n"
    return import_subscribers(upload)
