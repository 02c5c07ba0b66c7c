"""Search indexing: anything with an `id` and `text` can be indexed; repeated documents are skipped."""
import itertools
import re
from typing import Iterable, Protocol

_WORD = re.compile(r"[a-z0-9]+")


class Indexable(Protocol):
    id: str
    text: str


class Page:
    def __init__(self, id, text):
        self.id = id
        self.text = text


def build_postings(docs: Iterable[Indexable], seen: set = set()) -> dict:  # expect: HL101 confirmed
    postings = {}
    for doc in docs:
        if doc.id in seen:
            continue
        seen.add(doc.id)
        for term in _WORD.findall(doc.text.lower()):
            postings.setdefault(term, []).append(doc.id)
    return postings


_crawls = itertools.count()


def scenario():
    n = next(_crawls)
    pages = [Page(f"/post/{n}", f"Release {n} notes"), Page(f"/post/{n}", "dup"), Page(f"/tag/{n}", "Release")]
    return sorted(build_postings(pages))
