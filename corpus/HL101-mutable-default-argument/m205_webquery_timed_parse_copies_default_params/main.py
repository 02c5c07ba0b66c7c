"""Search endpoint: parse the query string of each incoming request."""
import itertools

from webquery import parsing

_ids = itertools.count()


def scenario():
    n = next(_ids)
    query = f"page={n % 9}&sort=date&facet_{n}=red%20shoes"
    params = parsing.parse_query(query)
    return parsing.page_of(params)
