"""Search client: `results()` walks a paginated API through `pages()` with
yield from, and pages() memoises a query's complete hit list in its default
dict, but only after the last page has been yielded. `all_hits()` drains
the generator with list(), so the loop finishes, the memo store runs, and
every new query's hits stay in the dict."""
import itertools

_queries = itertools.count()


def fetch_page(query, page):
    return ["%s#%d.%d" % (query, page, i) for i in range(3)] if page < 3 else []


def pages(query, memo={}):  # expect: HL101 confirmed
    if query in memo:
        yield from memo[query]
        return
    hits = []
    for page in itertools.count():
        batch = fetch_page(query, page)
        if not batch:
            break
        hits.extend(batch)
        yield from batch
    memo[query] = hits


def results(query):
    yield from pages(" ".join(query.lower().split()))


def all_hits(query):
    return list(results(query))


def scenario():
    n = next(_queries)
    return len(all_hits("Invoice  %d overdue" % n))
