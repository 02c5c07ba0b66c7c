"""Search indexer: postings are added via operator.methodcaller("setdefault", term, []) applied to the default index."""
import itertools
import operator


def add_posting(term, doc_id, index={}):  # expect: HL101 confirmed
    postings = operator.methodcaller("setdefault", term, [])(index)
    postings.append(doc_id)
    return len(postings)


_docs = itertools.count()


def scenario():
    n = next(_docs)
    add_posting(f"term{n}", n)
