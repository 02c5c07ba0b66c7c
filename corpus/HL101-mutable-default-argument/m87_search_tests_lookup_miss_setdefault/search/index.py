"""Inverted index: term -> set of document ids."""

__all__ = ["InvertedIndex", "tokenize"]


def tokenize(text):
    words = (word.strip(".,;:!?()\"'").lower() for word in text.split())
    return [word for word in words if len(word) > 2]


class InvertedIndex:
    def __init__(self, postings={}):  # expect: HL101 confirmed
        self.postings = postings

    def add(self, doc_id, terms):
        for term in terms:
            self.postings.setdefault(term, set()).add(doc_id)

    def remove(self, doc_id, terms):
        for term in set(terms):
            docs = self.postings.get(term)
            if docs is None:
                continue
            docs.discard(doc_id)
            if not docs:
                del self.postings[term]

    def lookup(self, term):
        return self.postings.setdefault(term.lower(), set())
