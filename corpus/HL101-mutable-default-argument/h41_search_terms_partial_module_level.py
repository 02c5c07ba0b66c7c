"""Search analytics: count_folded is a functools.partial of tally() bound once at import with only key=str.casefold, so every query lands in tally()'s default Counter."""
import collections
import functools
import itertools


def tally(text, counts=collections.Counter(), key=str.lower):  # expect: HL101 confirmed
    counts.update(key(word) for word in text.split())
    return counts[key(text.split()[0])]


count_folded = functools.partial(tally, key=str.casefold)


def log_query(user, query):
    return {"user": user, "first_term_hits": count_folded(query)}


_queries = itertools.count()


def scenario():
    n = next(_queries)
    return log_query(f"u{n % 30}", f"Straße sku-{n} lamp")
