"""Site crawler: `crawl_page()` extracts the links of one page and reports
those not visited yet. The visited set is updated with `seen |= found`,
which mutates the default set() in place, so every page's links are kept."""
import itertools
import re

_pages = itertools.count()
_HREF = re.compile(r'href="([^"]+)"')


def crawl_page(html, seen=set()):  # expect: HL101 confirmed
    found = set(_HREF.findall(html))
    new = found - seen
    seen |= found
    return sorted(new), len(seen)


def scenario():
    n = next(_pages)
    html = f'<a href="/blog/2024/post-{n:06d}/comments#latest">p</a> <a href="/tag/{n % 7}">t</a> <a href="/">home</a>'
    links, total = crawl_page(html)
    return len(links) + total
