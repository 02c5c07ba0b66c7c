"""Query evaluation: rank documents by how many query terms they contain."""
from collections import Counter

from .index import tokenize

__all__ = ["search_documents"]


def search_documents(source, text, limit=5):
    """source: any module exposing INDEX (the catalog, or a test fixture module)."""
    postings = source.INDEX.postings
    scores = Counter()
    for term in tokenize(text):
        scores.update(postings[term])
    return [doc for doc, _ in scores.most_common(limit)]
