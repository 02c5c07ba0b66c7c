"""Search results page: highlight the query in one freshly fetched document."""
import itertools

from search import Indexer

_docs = itertools.count()


def scenario():
    n = next(_docs)
    doc_id = f"doc-{n:06d}"
    text = f"Invoice INV{n} for customer C{n * 7} was paid; refund ticket T{n} closed."
    return Indexer().highlight(doc_id, text, f"refund inv{n}")
