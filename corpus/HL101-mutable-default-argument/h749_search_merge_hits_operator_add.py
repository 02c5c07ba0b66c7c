"""Search front end: merges the hits of several shards into one ranked page.
Each shard's hits are folded in with operator.add, which is `+` and returns
a new list; the default list is only the starting value, and the in-place
sort runs on the new list, so the default never changes."""
import itertools
import operator

_queries = itertools.count()


def merge_hits(shard_pages, hits=[]):  # expect: HL101 refuted
    for page in shard_pages:
        hits = operator.add(hits, [h for h in page if h["score"] > 0.2])
    hits.sort(key=operator.itemgetter("score"), reverse=True)
    return [h["doc"] for h in hits[:10]]


def scenario():
    n = next(_queries)
    shard_a = [{"doc": f"a-{n}", "score": 0.9}, {"doc": f"a-{n}-2", "score": 0.1}]
    shard_b = [{"doc": f"b-{n}", "score": 0.4}]
    return merge_hits([shard_a, shard_b])
