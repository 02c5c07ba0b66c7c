"""Search indexer: `index_document()` adds one document's terms to an
inverted index seeded with a "*" posting set that lists every document.
Each posting set is copied with `set(ids)`, so the document ids go into
per-call sets and the default's "*" set stays empty."""
import itertools

_docs = itertools.count()


def index_document(doc_id, text, index={"*": set()}):  # expect: HL101 refuted
    postings = {term: set(ids) for term, ids in index.items()}
    postings["*"].add(doc_id)
    for term in text.lower().split():
        postings.setdefault(term, set()).add(doc_id)
    return {term: len(ids) for term, ids in postings.items()}


def scenario():
    n = next(_docs)
    counts = index_document(f"doc-{n:06d}-{n * 31:x}", f"Quarterly report {n} for region {n % 5}")
    return counts["*"] + counts["report"]
