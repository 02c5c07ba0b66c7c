"""Link checker: fetch one page from a new host per call."""
import itertools

from webclient import fetch

_ids = itertools.count()


def scenario():
    n = next(_ids)
    response = fetch(f"https://shop{n}.example.org/cart?item={n}")
    return response["status"]
