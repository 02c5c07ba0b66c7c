import collections
import re

__all__ = ["extract_links", "check_links"]

_HREF = re.compile(r'href="(/[^"#]*)')


def extract_links(page_html):
    return _HREF.findall(page_html)


def check_links(site, broken=collections.deque()):  # expect: HL101 confirmed
    """Internal links to pages the site lacks, newest last, for the report."""
    for url, page_html in site.items():
        for target in extract_links(page_html):
            if target not in site:
                broken.append((url, target))
    return broken
