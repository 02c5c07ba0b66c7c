"""Markdown-like parser: headings get anchor slugs, and repeated titles get
-1, -2 suffixes. The slugs already used live in a Counter default that is
reset when a document begins, detected by its level-1 title; changelog
entries start at level 2, so the counter is never reset."""
import collections
import dataclasses
import itertools
import re

_docs = itertools.count()
_NON_WORD = re.compile(r"[^a-z0-9]+")


@dataclasses.dataclass
class Heading:
    level: int
    title: str
    slug: str = ""


def assign_slugs(headings, used=collections.Counter()):  # expect: HL101 confirmed
    for heading in headings:
        if heading.level == 1:
            used.clear()
        slug = _NON_WORD.sub("-", heading.title.lower()).strip("-")
        used[slug] += 1
        heading.slug = slug if used[slug] == 1 else "%s-%d" % (slug, used[slug] - 1)
    return [h.slug for h in headings]


def scenario():
    n = next(_docs)
    titles = [(2, "Version 1.%d" % n), (3, "Fixes"), (3, "Notes for 1.%d" % n), (3, "Fixes")]
    return assign_slugs([Heading(level, title) for level, title in titles])
