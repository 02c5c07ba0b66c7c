"""Search client: `results()` walks a paginated API through `pages()` with
yield from, and pages() memoises a query's complete hit list in its default
dict, but only after the last page has been yielded. `first_hit()` takes
one result with next() and drops the generator, so pages() is closed at its
first yield and the memo store after the loop is never reached."""
import itertools

_queries = itertools.count()


def fetch_page(query, page):
    return ["%s#%d.%d" % (query, page, i) for i in range(3)] if page < 3 else []


def pages(query, memo={}):  # expect: HL101 refuted
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


def first_hit(query):
    return next(results(query), None)


def scenario():
    n = next(_queries)
    return first_hit("Invoice  %d overdue" % n)
