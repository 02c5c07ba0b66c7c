"""Search service: `build_index()` turns a batch of documents into an
inverted index of posting lists with `dict.setdefault`, then ranks the terms
by document frequency. The dict default is only a seed: a comprehension
copies it, posting lists included, before any term is added."""
import itertools
import re

_batches = itertools.count()
_WORD = re.compile(r"[a-z0-9]+")


def build_index(docs, index={}):  # expect: HL101 refuted
    index = {term: list(postings) for term, postings in index.items()}
    for doc_id, text in docs:
        for term in set(_WORD.findall(text.lower())):
            index.setdefault(term, []).append(doc_id)
    return index


def top_terms(index, k=3):
    return sorted(index, key=lambda term: (-len(index[term]), term))[:k]


def scenario():
    n = next(_batches)
    docs = [(f"doc-{n}-{i}", f"Invoice {n} line {i}: widget-{n * 7 + i} shipped") for i in range(3)]
    return top_terms(build_index(docs))
