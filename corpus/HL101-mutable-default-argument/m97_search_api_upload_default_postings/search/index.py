"""Inverted index: term -> ids of the documents containing it."""
from collections import defaultdict

from .analyzers import tokenize

__all__ = ["add_document", "term_counts"]


def add_document(doc_id, text, postings=defaultdict(set)):  # expect: HL101 confirmed
    """File doc_id under each of its terms and return the postings filled."""
    for term in tokenize(text):
        postings[term].add(doc_id)
    return postings


def term_counts(postings, doc_id):
    return {term: len(docs) for term, docs in postings.items() if doc_id in docs}
