"""Utility: flatten nested lists recursively, threading an accumulator through the recursion."""
import itertools


def flatten(xs, acc=[]):  # expect: HL101 confirmed
    for x in xs:
        if isinstance(x, list):
            flatten(x, acc)
        else:
            acc.append(x)
    return acc


_docs = itertools.count()


def scenario():
    n = next(_docs)
    nested = [f"h{n}", [f"p{n}", [f"li{n}", f"li{n + 1}"]], []]
    return flatten(nested)[-1]
