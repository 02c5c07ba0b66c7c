"""Help-centre search: each call runs one query for a new error code and
asks for completions of a short prefix."""
import itertools

import search

_ids = itertools.count(1)

ARTICLES = ["Reset your password", "Error E1042 on login", "Export invoices", "Error codes explained"]


def scenario():
    n = next(_ids)
    hits = search.search(f"error E{n:05d} after upgrade", ARTICLES)
    search.suggest("er", [f"error E{n:05d}", "export", "errand"])
    return hits
