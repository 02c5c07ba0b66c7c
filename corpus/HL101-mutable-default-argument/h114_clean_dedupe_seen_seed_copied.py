"""Data cleaning: `unique_by` is a generator that drops rows whose key was
already seen; callers may seed the set default with a blocklist. The first
thing the generator does is copy the seed into a local set, so the keys of
one uploaded file never reach the shared default."""
import itertools

_ids = itertools.count()


def unique_by(rows, field, seen=set()):  # expect: HL101 refuted
    seen = set(seen)
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
