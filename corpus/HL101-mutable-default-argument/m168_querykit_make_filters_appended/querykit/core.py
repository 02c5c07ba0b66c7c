"""SELECT builder: every query is scoped to one tenant."""
from .clauses import render_where, with_clause


def build(table, tenant_id, columns=("*",), filters=[]):  # expect: HL101 confirmed
    """Return a SELECT for `table` restricted to `tenant_id` plus any `filters`."""
    where = with_clause(filters, f"tenant_id = {int(tenant_id)}")
    return f"SELECT {', '.join(columns)} FROM {table}{render_where(where)}"
