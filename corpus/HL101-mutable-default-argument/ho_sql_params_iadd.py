"""Query builder: turns a filter dict into a WHERE clause and bound parameters."""
import itertools


def build_where(filters, params=[]):  # expect: HL101 confirmed
    clauses = []
    for column, value in filters.items():
        clauses.append(f"{column} = ?")
        params += [value]  # in-place: extends the default list itself
    return " AND ".join(clauses), params


_users = itertools.count()


def scenario():
    n = next(_users)
    sql, args = build_where({"email": f"user{n}@example.com", "active": True})
    return f"SELECT id FROM users WHERE {sql}", len(args)
