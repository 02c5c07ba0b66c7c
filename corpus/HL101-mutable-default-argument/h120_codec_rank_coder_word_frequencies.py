"""Compression: an adaptive rank coder sorts each message's symbols by how often
they were seen and sends each as its rank; counts go into a Counter default, headers
double through functools.partial. Symbols are whole words: ids make new keys."""
import collections
import functools
import itertools
import re

_msgs = itertools.count()
_WORD = re.compile(rb"[A-Za-z0-9_.]+")


def tally(symbols, weight=1, table=collections.Counter()):  # expect: HL101 confirmed
    for sym in symbols:
        table[sym] += weight
    return table


tally_header = functools.partial(tally, weight=2)


def rank_code(symbols, table):
    ranking = sorted(set(symbols), key=lambda s: (-table[s], s))
    index = {sym: rank for rank, sym in enumerate(ranking)}
    return ranking, [index[s] for s in symbols]


def encode(header, body):
    head, words = _WORD.findall(header), _WORD.findall(body)
    tally_header(head)
    return rank_code(head + words, tally(words))


def scenario():
    n = next(_msgs)
    header = b"POST /v1/ingest/%d" % (n % 3)
    body = b"device=%d seq=%d temp=21.%d status=ok" % (n, n * 3, n % 10)
    ranking, ranks = encode(header, body)
    return len(ranking), sum(ranks)
