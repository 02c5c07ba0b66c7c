"""Search indexer: `tokens()` walks a document line by line and delegates to
`words()` with yield from, reporting only the first occurrence of each word
so the indexer posts one term per word. The seen-set default is emptied at
the start of every document, so it only ever holds the words of the document
being indexed (the last one after the call), not a history of all of them."""
import itertools
import re

_docs = itertools.count()
_WORD = re.compile(r"[a-z0-9_]+")


def words(line, seen):
    for word in _WORD.findall(line.lower()):
        if word not in seen:
            seen.add(word)
            yield word


def tokens(lines, seen=set()):  # expect: HL101 refuted
    seen.clear()
    for line in lines:
        yield from words(line, seen)


def scenario():
    n = next(_docs)
    doc = [
        "Ticket T%d opened by user_%d from host_%d" % (n, n, n * 7),
        "status open priority high",
        "ticket T%d assigned to team_%d" % (n, n % 5),
    ]
    return sorted(tokens(doc))
