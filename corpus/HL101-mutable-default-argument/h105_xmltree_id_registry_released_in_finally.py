"""Docs linker: `registered()` puts a document's ids into a shared id index
while the document is processed, so nested includes can link into it, and
removes them afterwards in a `finally`, so a dangling link that raises
inside the with block still takes that document's ids back out."""
import contextlib
import itertools
import xml.etree.ElementTree as ET

_docs = itertools.count()


@contextlib.contextmanager
def registered(root, index={}):  # expect: HL101 refuted
    ids = {el.get("id"): el for el in root.iter() if el.get("id")}
    index.update(ids)
    try:
        yield index
    finally:
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
