"""Crawler: extract the links of one freshly fetched page per call."""
import itertools

import htmlkit

_ids = itertools.count()


def scenario():
    n = next(_ids)
    page = (
        f'<html><body><a href="/docs/{n}">docs</a> '
        f'<a href="https://cdn.example.net/{n}.css">css</a></body></html>'
    )
    return htmlkit.extract_links(page)
