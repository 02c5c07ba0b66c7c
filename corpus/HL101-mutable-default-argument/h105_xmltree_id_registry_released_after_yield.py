"""Docs linker: `registered()` puts a document's ids into a shared id index
while the document is processed, so nested includes can link into it, and
removes them afterwards. The removal follows the `yield` without
try/finally: a dangling link raises inside the with block and that
document's ids stay in the default dict, elements and all."""
import contextlib
import itertools
import xml.etree.ElementTree as ET

_docs = itertools.count()


@contextlib.contextmanager
# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 15, 25, 23 (heaplint: unknown)
def registered(root, index={}):  # expect: HL101 confirmed
    ids = {el.get("id"): el for el in root.iter() if el.get("id")}
    index.update(ids)
    yield index
    for key in ids:
        del index[key]


def link(root):
    with registered(root) as index:
        for a in root.iter("a"):
            a.set("title", index[a.get("href").lstrip("#")].text)


def scenario():
    n = next(_docs)
    target = "s%d" % n if n % 2 else "todo-%d" % n
    root = ET.fromstring('<doc><h2 id="s%d">Setup</h2><p id="p%d">See <a href="#%s">it</a></p></doc>' % (n, n, target))
    try:
        link(root)
    except KeyError:
        return None
    return root.find(".//a").get("title")
