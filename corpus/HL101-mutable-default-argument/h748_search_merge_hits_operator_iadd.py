"""Search front end: merges the hits of several shards into one ranked page.
Each shard's hits are folded in with operator.iadd, which is `+=` and
extends the accumulator in place; the first accumulator is the default
list, so every query's hits pile up in it."""
import itertools
import operator

_queries = itertools.count()


def merge_hits(shard_pages, hits=[]):  # expect: HL101 confirmed
    for page in shard_pages:
        hits = operator.iadd(hits, [h for h in page if h["score"] > 0.2])
    hits.sort(key=operator.itemgetter("score"), reverse=True)
    return [h["doc"] for h in hits[:10]]


def scenario():
    n = next(_queries)
    shard_a = [{"doc": f"a-{n}", "score": 0.9}, {"doc": f"a-{n}-2", "score": 0.1}]
    shard_b = [{"doc": f"b-{n}", "score": 0.4}]
    return merge_hits([shard_a, shard_b])
