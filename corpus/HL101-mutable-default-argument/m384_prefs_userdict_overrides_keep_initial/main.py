"""Dashboard server: each request resolves display preferences from query overrides."""
import itertools

from prefs import session as sess

_requests = itertools.count()


def scenario():
    n = next(_requests)
    query = {"theme": "dark" if n % 2 else "light", "page_size": str(10 + n % 5)}
    return sess.resolve(f"user{n}", query)
