"""Search analytics: log_query() builds a functools.partial of tally() per query with a fresh Counter bound to `counts`, so tally()'s default Counter is never used."""
import collections
import functools
import itertools


# heaplint-todo: the per-call partial always binds `counts`; the default is only in play for outside callers: reported as latent (heaplint: unknown)
def tally(text, counts=collections.Counter(), key=str.lower):  # expect: HL101 refuted
    counts.update(key(word) for word in text.split())
    return counts[key(text.split()[0])]


def log_query(user, query):
    count_folded = functools.partial(tally, counts=collections.Counter(), key=str.casefold)
    return {"user": user, "first_term_hits": count_folded(query)}


_queries = itertools.count()


def scenario():
    n = next(_queries)
    return log_query(f"u{n % 30}", f"Straße sku-{n} lamp")
