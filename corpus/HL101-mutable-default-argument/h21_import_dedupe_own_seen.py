"""CSV import: each upload keeps the first row per e-mail address and drops the repeats."""
import itertools


# heaplint-todo: every call in the file passes its own set; outside callers may not (heaplint: unknown, a latent hazard)
def unique_by(field, seen=set()):  # expect: HL101 refuted
    def keep(row):
        key = row[field].strip().lower()
        if key in seen:
            return False
        seen.add(key)
        return True

    return keep


def import_upload(rows):
    keep = unique_by("email", set())
    accepted = [row for row in rows if keep(row)]
    return len(accepted), len(rows) - len(accepted)


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    rows = [
        {"email": f"user{n}@example.com", "name": f"User {n}"},
        {"email": f"User{n}@Example.com ", "name": f"User {n} (again)"},
        {"email": f"team{n}@example.com", "name": f"Team {n}"},
    ]
    return import_upload(rows)
