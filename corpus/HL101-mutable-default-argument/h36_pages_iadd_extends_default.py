"""REST client: walks a paginated listing endpoint and gathers every result; `items += page` extends the default in place on the first page."""
import itertools


def fetch_pages(query, size):
    for offset in range(0, 3 * size, size):
        yield {"offset": offset, "results": [f"{query}-{offset + i}" for i in range(size)]}


def collect_results(pages, items=[]):  # expect: HL101 confirmed
    for page in pages:
        items += page["results"]
    return items


_queries = itertools.count()


def scenario():
    n = next(_queries)
    results = collect_results(fetch_pages(f"invoice-{n}", 4))
    return len(results)
