"""Search: documents are indexed into an Index (a dict subclass that lowercases keys) created once as the default; the key is the document id, new for every document."""
import itertools

KINDS = ("report", "memo", "invoice")


class Index(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.lower(), v)


def index(doc, table=Index()):  # expect: HL101 confirmed
    table[doc["id"]] = doc["title"]
    return len(table)


_docs = itertools.count()


def scenario():
    n = next(_docs)
    doc = {"id": f"DOC-{n}", "kind": KINDS[n % 3], "title": f"Quarterly {n}"}
    return index(doc)
