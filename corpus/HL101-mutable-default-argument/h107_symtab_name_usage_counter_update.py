"""Lint pass reporting the most used names of a module. `name_usage()`
tallies NAME tokens into a default `collections.Counter`; `update()` mutates
that shared counter, so every name of every module ever linted stays counted
and each report mixes in all the modules before it."""
import collections
import io
import itertools
import keyword
import tokenize

_modules = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 16 (heaplint: unknown)
def name_usage(source, counts=collections.Counter()):  # expect: HL101 confirmed
    tokens = tokenize.generate_tokens(io.StringIO(source).readline)
    counts.update(t.string for t in tokens if t.type == tokenize.NAME and not keyword.iskeyword(t.string))
    top = max(counts, key=counts.get)
    return top, sorted(counts, key=lambda name: (-counts[name], name))[:3]


def scenario():
    n = next(_modules)
    source = "def load_%d(path):\n    data_%d = open(path).read()\n    return data_%d\n" % (n, n, n)
    return name_usage(source)
