"""Dotenv loader: `entries()` parses KEY=VALUE lines lazily and records each
parsed pair in an index dict default once the consumer has taken it.
`first_entry()` only wants the leading setting and pulls a single item
with next(). The store comes after the yield, and the generator is dropped
(closed at the yield) before it resumes, so nothing is ever indexed."""
import itertools

_files = itertools.count()


def entries(lines, index={}):  # expect: HL101 refuted
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        yield key, value
        index[key] = value


def first_entry(text):
    return next(entries(text.splitlines()), None)


def scenario():
    n = next(_files)
    text = "# app %d\nAPP_ID_%d=svc-%d\nPORT=%d\n" % (n, n, n, 8000 + n)
    return first_entry(text)
