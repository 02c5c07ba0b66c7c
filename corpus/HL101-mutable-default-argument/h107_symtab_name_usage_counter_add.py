"""Lint pass reporting the most used names of a module. `name_usage()`
tallies NAME tokens on top of a default `collections.Counter`; `+` builds a
new Counter, so the default stays empty and each report counts one module."""
import collections
import io
import itertools
import keyword
import tokenize

_modules = itertools.count()


def name_usage(source, counts=collections.Counter()):  # expect: HL101 refuted
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    counts = counts + collections.Counter(
        t.string for t in tokens if t.type == tokenize.NAME and not keyword.iskeyword(t.string))
    top = max(counts, key=counts.get)
    return top, sorted(counts, key=lambda name: (-counts[name], name))[:3]


def scenario():
    n = next(_modules)
    source = "def load_%d(path):\n    data_%d = open(path).read()\n    return data_%d\n" % (n, n, n)
    return name_usage(source)
