"""Text pipeline: a generator stage bound with functools.partial counts every token value in a default Counter while passing tokens on."""
import collections
import functools
import itertools
import re


def count_tokens(tokens, stats=collections.Counter()):  # expect: HL101 confirmed
    for tok in tokens:
        stats[tok] += 1
        yield tok


def words(text):
    return (m.group(0).lower() for m in re.finditer(r"\w+", text))


PIPELINE = [functools.partial(count_tokens)]


def run(text):
    stream = words(text)
    for stage in PIPELINE:
        stream = stage(stream)
    return sorted(set(stream), key=len)


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return run(f"Invoice INV{n} for client C{n * 7} is due")
