"""Search: index_document() returns early for non-public documents; one document in three is public and lands in the default inverted index."""
import itertools


def index_document(doc, index={}):  # expect: HL101 confirmed
    if doc.get("visibility") != "public":
        return None
    for term in set(doc["title"].lower().split()):
        index.setdefault(term, set()).add(doc["id"])
    return len(index)


def publish(doc_id, title, draft):
    doc = {"id": doc_id, "title": title, "visibility": "draft" if draft else "public"}
    return index_document(doc)


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return publish(n, f"Quarterly report Q{n}", draft=n % 3 != 0)
