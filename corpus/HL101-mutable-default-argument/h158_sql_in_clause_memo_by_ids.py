"""Query builder: the "?, ?, ?" placeholder list for an IN clause is
memoised in a dict default keyed by tuple(ids) instead of len(ids). The
id batches are new each call, so every call stores a fresh tuple of ids
and its placeholder string in the default."""
import itertools

_ids = itertools.count()


def in_clause(table, ids, cache={}):  # expect: HL101 confirmed
    key = tuple(ids)
    if key not in cache:
        cache[key] = ", ".join(["?"] * len(ids))
    return f"SELECT * FROM {table} WHERE id IN ({cache[key]})", list(ids)


def scenario():
    n = next(_ids)
    batch = [n * 10 + i for i in range(n % 6 + 1)]
    sql, params = in_clause("customers", batch)
    return len(sql) + len(params)
