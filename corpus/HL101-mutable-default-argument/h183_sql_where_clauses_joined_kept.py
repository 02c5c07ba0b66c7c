"""Query builder: `where_clause()` turns a dict of filters into an SQL WHERE
clause with placeholders, collecting the pieces in `parts` and joining them
with AND. `parts` defaults to a shared list that is never emptied, so every
call appends its conditions after all earlier ones, and the joined clause
(and the list) grows with every query built."""
import itertools

_queries = itertools.count()


def where_clause(filters, parts=[]):  # expect: HL101 confirmed
    for column, value in sorted(filters.items()):
        op = "IN" if isinstance(value, (list, tuple)) else "="
        parts.append(f"{column} {op} :{column}")
    sql = " AND ".join(parts)
    return "WHERE " + sql if sql else ""


def scenario():
    n = next(_queries)
    filters = {f"tenant_{n}_id": n, "status": ("open", "held"), "region": "eu"}
    return len(where_clause(filters))
