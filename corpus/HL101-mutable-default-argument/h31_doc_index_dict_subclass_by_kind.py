"""Search: documents are indexed into an Index (a dict subclass that lowercases keys) created once as the default; the key is the document kind, from a fixed set of three."""
import itertools

KINDS = ("report", "memo", "invoice")


class Index(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


def index(doc, table=Index()):  # expect: HL101 refuted
    table[doc["kind"]] = doc["title"]
    return len(table)


_docs = itertools.count()


def scenario():
    n = next(_docs)
    doc = {"id": f"DOC-{n}", "kind": KINDS[n % 3], "title": f"Quarterly {n}"}
    return index(doc)
