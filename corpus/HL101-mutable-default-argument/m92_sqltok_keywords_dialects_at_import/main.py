"""Query console: each call highlights one freshly typed query."""
import itertools

import sqltok
from sqltok.dialects import mysql, postgres  # noqa: F401  (register their keywords)

_queries = itertools.count()


def scenario():
    n = next(_queries)
    sql = (
        f"SELECT id, string_agg(tag, ',') AS tags{n} FROM posts_{n % 7} "
        f"WHERE author ILIKE 'user{n}%' AND score > {n} LIMIT {n % 50 + 1} RETURNING id"
    )
    return [kind for kind, _ in sqltok.tokenize(sql)]
