"""Document store: an access-tracking property records every read in a list its factory's default closes over."""
import itertools


def tracked_body(log=[]):  # expect: HL101 confirmed
    def getter(self):
        log.append((self.doc_id, len(self._body)))
        return self._body

    def audit():
        return len(log)

    prop = property(getter)
    return prop, audit


class Document:
    body, body_reads = tracked_body()

    def __init__(self, doc_id, body):
        self.doc_id = doc_id
        self._body = body


_docs = itertools.count()


def scenario():
    n = next(_docs)
    doc = Document(f"doc-{n}", f"contents of document {n}")
    return doc.body.upper()
