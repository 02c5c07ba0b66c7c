"""Highlight query hits in one document using a scratch index for that document."""
from . import index as _index


class Indexer:
    def __init__(self, index=None):
        self.index = index if index is not None else _index.InvertedIndex()

    def highlight(self, doc_id, text, query):
        terms = _index.tokenize(text)
        self.index.add(doc_id, terms)
        try:
            wanted = {t for t in _index.tokenize(query) if doc_id in self.index.lookup(t)}
            words = text.split()
            return " ".join(f"[{w}]" if w.strip(".,;:!?").lower() in wanted else w
                            for w in words)
        finally:
            self.index.remove(doc_id, terms)
