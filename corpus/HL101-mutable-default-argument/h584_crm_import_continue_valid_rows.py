"""CRM import: rows with an email address are accepted and the loop
`continue`s to the next row; a row without one falls through to the
append into `rejects`, which the import report reads. The signup form
export always fills the email column, so the append is never reached."""
import itertools

_batches = itertools.count()


def import_contacts(rows, rejects=[]):  # expect: HL101 refuted
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
    rows = [{"name": f"ada lovelace {n}", "email": f"Ada{n}@Example.org "},
            {"name": f"alan turing {n}", "email": f"alan{n}@example.org"}]
    accepted, _ = import_contacts(rows)
    return len(accepted)
