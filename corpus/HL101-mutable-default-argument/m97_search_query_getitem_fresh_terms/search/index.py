"""Inverted index over a collection: term -> ids of the matching documents."""
import re
from collections import defaultdict

__all__ = ["Index", "tokenize"]

_WORD = re.compile(r"[a-z0-9]+")


def tokenize(text):
    return _WORD.findall(text.lower())


class Index:
    def __init__(self, name, postings=defaultdict(set)):  # expect: HL101 confirmed
        self.name = name
        self.postings = postings

    def add_document(self, doc_id, text):
        for term in tokenize(text):
            self.postings[term].add(doc_id)
        return self
