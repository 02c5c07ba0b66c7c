"""CRM import: every row of a campaign sign-up sheet becomes a Lead, labelled
with its campaign and, for big accounts, as a priority lead."""
import itertools

from crm.importer import import_row

_rows = itertools.count()


def scenario():
    n = next(_rows)
    row = {"email": f"person{n}@example.org", "campaign": f"spring-{n}", "seats": n % 120}
    lead = import_row(row)
    return lead.card()
