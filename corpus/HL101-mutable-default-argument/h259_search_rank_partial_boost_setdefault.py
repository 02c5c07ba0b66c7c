"""Search ranking: rank() orders hits by score times a per-field boost. The
boost lookup is bound with functools.partial so sorted() gets a one-argument
key; dynamic product attributes (attr.<name>) that the table does not list
get a neutral boost of 1.0."""
import functools
import itertools
from collections import namedtuple

Hit = namedtuple("Hit", "doc field score")

_queries = itertools.count()


def _boosted(boosts, hit):
    return boosts.setdefault(hit.field, 1.0) * hit.score


def rank(hits, boosts={"title": 3.0, "tags": 2.0, "body": 1.0}):  # expect: HL101 confirmed
    key = functools.partial(_boosted, boosts)
    return sorted(hits, key=key, reverse=True)


def scenario():
    n = next(_queries)
    hits = [Hit(f"doc-{n}", "title", 0.4),
            Hit(f"doc-{n + 1}", f"attr.sku_{n}", 0.9),
            Hit(f"doc-{n + 2}", "body", 0.7)]
    return [hit.doc for hit in rank(hits)]
