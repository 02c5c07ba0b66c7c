"""Upload endpoint: index the new document, list its terms and related help."""
from collections import defaultdict

from search import *  # noqa: F401,F403

import catalog


def handle_upload(upload):
    doc_id = upload["id"]
    postings = add_document(doc_id, upload["body"], defaultdict(set))
    terms = sorted(term_counts(postings, doc_id))
    related = sorted({d for t in terms for d in catalog.POSTINGS.get(t, ()) if d != doc_id})
    return {"id": doc_id, "terms": terms, "related": related}
