"""Admin export: renders each new signup as a one-row text table."""
import itertools

from reporting.tables import render_table

_signups = itertools.count()


def scenario():
    n = next(_signups)
    rows = [{"id": n, "name": f"user{n}", "email": f"user{n}@example.org"}]
    return render_table(rows)
