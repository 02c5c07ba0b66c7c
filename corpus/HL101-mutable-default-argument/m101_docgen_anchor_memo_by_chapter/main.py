"""Docs preview: render one newly written page per call."""
import itertools

import docgen

_pages = itertools.count(1)


def scenario():
    n = next(_pages)
    chapter = docgen.CHAPTERS[n % len(docgen.CHAPTERS)]
    return chapter.preview(n, f"Step {n}: configure node {n * 7}", f"Body of page {n}.")
