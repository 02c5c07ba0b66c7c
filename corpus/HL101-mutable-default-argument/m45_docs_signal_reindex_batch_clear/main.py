import itertools

import search_sync  # noqa: F401
from documents import Document

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    doc = Document(n, f"Meeting notes {n}")
    doc.save()
    return doc.version
