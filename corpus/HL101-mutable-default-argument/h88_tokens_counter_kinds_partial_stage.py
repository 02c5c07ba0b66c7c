"""Text pipeline: the partial-bound counting stage tallies token *kinds* (number, word, code) in a default Counter, a fixed set of keys."""
import collections
import functools
import itertools
import re


def count_kinds(tokens, stats=collections.Counter()):  # expect: HL101 refuted
    for tok in tokens:
        kind = "number" if tok.isdigit() else "code" if any(c.isdigit() for c in tok) else "word"
        stats[kind] += 1
        yield tok


def words(text):
    return (m.group(0).lower() for m in re.finditer(r"\w+", text))


PIPELINE = [functools.partial(count_kinds)]


def run(text):
    stream = words(text)
    for stage in PIPELINE:
        stream = stage(stream)
    return sorted(set(stream), key=len)


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return run(f"Invoice INV{n} for client C{n * 7} is due")
