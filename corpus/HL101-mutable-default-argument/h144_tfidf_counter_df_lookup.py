"""TF-IDF query weighting: `tfidf()` weighs each query term by inverse
document frequency from a `df` table that defaults to an empty Counter when
the caller has no corpus statistics, and a `functools.partial` fixes the
corpus size. A Counter answers 0 for a missing term without storing it, so
the default stays empty however many terms are looked up."""
import collections
import functools
import itertools
import math

_queries = itertools.count()


def tfidf(terms, n_docs, df=collections.Counter()):  # expect: HL101 refuted
    tf = collections.Counter(terms)
    return {t: c / len(terms) * math.log((1 + n_docs) / (1 + df[t])) for t, c in tf.items()}


weigh_cold_start = functools.partial(tfidf, n_docs=1000)


def scenario():
    n = next(_queries)
    weights = weigh_cold_start(f"refund order{n} refund sku-{n * 7}".split())
    return max(weights, key=weights.get)
