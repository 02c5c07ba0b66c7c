"""Search box: each typed query is expanded with synonyms before hitting the index."""
import itertools

import search

_queries = itertools.count()


def scenario():
    n = next(_queries)
    return search.expand(f"cheap laptop model{n} under {100 + n % 900}")
