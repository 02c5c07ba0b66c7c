"""Document tagger: actions are looked up in a name -> function table.
`tag` keeps running tag statistics in a Counter default and counts every
hashtag it sees; each document brings its own tags, so the Counter grows.
`stats` only reads the Counter."""
import collections
import itertools
import re

_docs = itertools.count()


def tag(text, _counts=collections.Counter()):  # expect: HL101 confirmed
    tags = re.findall(r"#(\w+)", text)
    _counts.update(tags)
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
