"""CRM import: rows with an email address are accepted and the loop
`continue`s to the next row; a row without one falls through to the
append into `rejects`, which the import report reads. The event-badge
export names the column "e-mail", so no row has "email" and every row
falls through into the shared list."""
import itertools

_batches = itertools.count()


def import_contacts(rows, rejects=[]):  # expect: HL101 confirmed
    accepted = []
    for row in rows:
        email = row.get("email", "").strip().lower()
        if "@" in email:
            accepted.append({"name": row["name"].title(), "email": email})
            continue
        rejects.append(row)
    return accepted, len(rejects)


def scenario():
    n = next(_batches)
    rows = [{"name": f"ada lovelace {n}", "e-mail": f"Ada{n}@Example.org "},
            {"name": f"alan turing {n}", "e-mail": f"alan{n}@example.org"}]
    accepted, _ = import_contacts(rows)
    return len(accepted)
