"""Query builder: `where_clause()` turns a dict of filters into an SQL WHERE
clause with placeholders, collecting the pieces in `parts` and joining them
with AND. `parts` defaults to a shared scratch list; once the pieces are
joined the list is emptied with parts.clear(), so each query starts from an
empty list and nothing stays in it between calls."""
import itertools

_queries = itertools.count()


def where_clause(filters, parts=[]):  # expect: HL101 refuted
    for column, value in sorted(filters.items()):
        op = "IN" if isinstance(value, (list, tuple)) else "="
        parts.append(f"{column} {op} :{column}")
    sql = " AND ".join(parts)
    parts.clear()
    return "WHERE " + sql if sql else ""


def scenario():
    n = next(_queries)
    filters = {f"tenant_{n}_id": n, "status": ("open", "held"), "region": "eu"}
    return len(where_clause(filters))
