"""Full-text search: index_document() hands its postings mapping to an
IndexWriter that operator.setitem()s one entry per (token, document) pair.
The mapping is the shared default dict, and every new document id adds
fresh keys to it."""
import itertools
import operator


class IndexWriter:
    def __init__(self, postings):
        self.postings = postings

    def add(self, doc_id, text):
        for position, token in enumerate(text.lower().split()):
            operator.setitem(self.postings, (token, doc_id), position)
        return len(self.postings)


def index_document(doc_id, text, postings={}):  # expect: HL101 confirmed
    return IndexWriter(postings).add(doc_id, text)


_docs = itertools.count()


def scenario():
    n = next(_docs)
    return index_document(f"doc-{n}", "Quarterly revenue grew in the northern region")
