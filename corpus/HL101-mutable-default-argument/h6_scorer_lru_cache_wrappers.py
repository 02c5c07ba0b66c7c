"""Search ranking: a scorer is built per query weight, memoised with lru_cache, and kept in a registry default."""
import functools
import itertools


def build_scorer(weight, _built=[]):  # expect: HL101 confirmed
    @functools.lru_cache(maxsize=64)
    def score(term_freq):
        return round(weight * term_freq / (term_freq + 1.2), 4)

    _built.append(score)
    return score


def rank(query_id, docs):
    scorer = build_scorer(1.0 + query_id / 1000)
    return sorted(docs, key=lambda d: scorer(d[1]), reverse=True)


_queries = itertools.count()


def scenario():
    n = next(_queries)
    rank(n, [("a", n % 7), ("b", 3), ("c", 5)])
