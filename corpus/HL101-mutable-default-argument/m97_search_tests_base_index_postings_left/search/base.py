"""Base class of every index backend: postings map a term to a list of doc ids."""


class BaseIndex:
    def __init__(self, name, postings={}):  # expect: HL101 confirmed
        self.name = name
        self.postings = postings

    def analyze(self, text):
        return text.lower().split()

    def add_document(self, doc_id, text):
        for term in self.analyze(text):
            self.postings.setdefault(term, []).append(doc_id)

    def lookup(self, term):
        return list(self.postings.get(term.lower(), ()))

    def close(self):
        self.postings.clear()
