"""Light stemmer whose suffix rules are regular expressions compiled on
first use: `_rule()` memoizes the compiled pattern per suffix in a dict
default, and `stem()` keeps the shortest stem any rule yields. Documents
bring new words every time, but the memo is keyed by the suffix and the
suffix table is fixed, so it fills once and then stays the same size."""
import itertools
import re

_docs = itertools.count()
SUFFIXES = ("ational", "ization", "fulness", "ing", "edly", "ed", "ly", "es", "s")


def _rule(suffix, _compiled={}):  # expect: HL101 refuted
    pattern = _compiled.get(suffix)
    if pattern is None:
        pattern = _compiled[suffix] = re.compile(r"^(\w{3,}?)" + suffix + "$")
    return pattern


def stem(term):
    if isinstance(term, (list, tuple)):
        return [stem(t) for t in term]
    base = term.lower()
    stems = [m.group(1) for m in (_rule(s).match(base) for s in SUFFIXES) if m]
    return min(stems, key=len, default=base)


def scenario():
    n = next(_docs)
    words = f"tokenized{n}ed documents indexing batch{n}ing quickly".split()
    return stem(words)
