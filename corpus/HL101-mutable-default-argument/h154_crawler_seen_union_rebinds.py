"""Site crawler: `crawl_page()` extracts the links of one page and reports
those not visited yet. The visited set is rebound to `seen | found`, which
builds a new set, so the default set() is only read and stays empty."""
import itertools
import re

_pages = itertools.count()
_HREF = re.compile(r'href="([^"]+)"')


def crawl_page(html, seen=set()):  # expect: HL101 refuted
    found = set(_HREF.findall(html))
    new = found - seen
    seen = seen | found
    return sorted(new), len(seen)


def scenario():
    n = next(_pages)
    html = f'<a href="/blog/2024/post-{n:06d}/comments#latest">p</a> <a href="/tag/{n % 7}">t</a> <a href="/">home</a>'
    links, total = crawl_page(html)
    return len(links) + total
