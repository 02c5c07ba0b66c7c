"""Dotenv loader: `entries()` parses KEY=VALUE lines lazily and records each
parsed pair in an index dict default so later lookups can skip re-parsing.
`first_entry()` only wants the leading setting and pulls a single item
with next(). The pair is indexed before the yield, so even that one step
stores the file's fresh key in the shared index."""
import itertools

_files = itertools.count()


def entries(lines, index={}):  # expect: HL101 confirmed
    for line in lines:
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        key, _, value = line.partition("=")
        index[key] = value
        yield key, value


def first_entry(text):
    return next(entries(text.splitlines()), None)


def scenario():
    n = next(_files)
    text = "# app %d\nAPP_ID_%d=svc-%d\nPORT=%d\n" % (n, n, n, 8000 + n)
    return first_entry(text)
