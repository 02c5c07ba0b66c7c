"""Search indexer: `index_document()` adds one document's terms to an
inverted index seeded with a "*" posting set that lists every document.
`dict(index)` copies the mapping but not the sets inside it, so each
document id is added to the default's "*" set and kept there."""
import itertools

_docs = itertools.count()


def index_document(doc_id, text, index={"*": set()}):  # expect: HL101 confirmed
    postings = dict(index)
    postings["*"].add(doc_id)
    for term in text.lower().split():
        postings.setdefault(term, set()).add(doc_id)
    return {term: len(ids) for term, ids in postings.items()}


def scenario():
    n = next(_docs)
    counts = index_document(f"doc-{n:06d}-{n * 31:x}", f"Quarterly report {n} for region {n % 5}")
    return counts["*"] + counts["report"]
