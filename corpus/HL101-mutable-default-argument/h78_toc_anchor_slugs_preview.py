"""Table of contents: headings get unique URL anchors; the sidebar shows the first few entries only."""
import itertools
import re

SIDEBAR_ENTRIES = 3
_NON_SLUG = re.compile(r"[^a-z0-9]+")


def unique_anchors(headings, _used=set()):  # expect: HL101 confirmed
    for title in headings:
        slug = _NON_SLUG.sub("-", title.lower()).strip("-")
        anchor, suffix = slug, 1
        while anchor in _used:
            suffix += 1
            anchor = f"{slug}-{suffix}"
        _used.add(anchor)
        yield anchor, title
    _used.clear()


def render_toc(headings, limit=None):
    entries = unique_anchors(headings)
    if limit is not None:
        entries = itertools.islice(entries, limit)
    return "\n".join(f'<a href="#{anchor}">{title}</a>' for anchor, title in entries)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    headings = [f"Release {n}", "Installation", f"Upgrading from {n - 1}", "Changelog", "Changelog"]
    return render_toc(headings, limit=SIDEBAR_ENTRIES)
