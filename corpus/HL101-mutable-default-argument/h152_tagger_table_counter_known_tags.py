"""Document tagger: actions are looked up in a name -> function table.
`tag` keeps running tag statistics in a Counter default, but only for the
tags of the fixed vocabulary; the per-document tags are returned and never
counted, so the Counter holds at most three keys."""
import collections
import itertools
import re

_docs = itertools.count()
VOCABULARY = frozenset({"release", "bug", "docs"})


def tag(text, _counts=collections.Counter()):  # expect: HL101 refuted
    tags = re.findall(r"#(\w+)", text)
    _counts.update(t for t in tags if t in VOCABULARY)
    return tags


def stats(text):
    return len(re.findall(r"#(\w+)", text))


ACTIONS = {"tag": tag, "stats": stats}


def run(action, text):
    return ACTIONS[action](text)


def scenario():
    n = next(_docs)
    text = f"Shipped the fix #release #ticket{n} #customer_{n * 7}"
    run("stats", text)
    return run("tag", text)
