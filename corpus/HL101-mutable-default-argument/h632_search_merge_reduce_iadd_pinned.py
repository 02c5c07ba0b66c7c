"""Search front end: each shard answers with a list of (doc, score) hits and
the merger folds them, with functools.reduce, onto the `pinned` default
(the promoted documents every result page starts from). operator.iadd
extends the accumulator in place, and the first accumulator is the default."""
import functools
import itertools
import operator

_queries = itertools.count()


def merge_shards(shard_hits, pinned=[("handbook", 1.0)]):  # expect: HL101 confirmed
    merged = functools.reduce(operator.iadd, shard_hits, pinned)
    ranked = sorted(merged, key=lambda hit: -hit[1])
    return [doc for doc, _ in ranked[:5]]


def scenario():
    n = next(_queries)
    shards = [[(f"doc-{n}-{s}", (n * 7 + s) % 13 / 13.0)] for s in range(3)]
    return merge_shards(shards)
