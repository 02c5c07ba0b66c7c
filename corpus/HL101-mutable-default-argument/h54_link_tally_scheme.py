"""Crawler statistics: which kinds of links each fetched page contains."""
import collections
import itertools
import re

_LINK_RE = re.compile(
    r'href="(?P<scheme>https?|mailto|ftp):(?://)?(?P<host>[^/"?#]+)[^"]*"', re.I
)
_ids = itertools.count()


def tally_links(html, _totals=collections.Counter()):  # expect: HL101 refuted
    page = collections.Counter()
    for match in _LINK_RE.finditer(html):
        scheme = match.group("scheme").lower()
        host = match.group("host").lower()
        if scheme == "mailto":
            host = host.partition("@")[2] or host
        page[host] += 1
        _totals[scheme] += 1
    return page, _totals.most_common(2)


def scenario():
    n = next(_ids)
    html = (
        '<a href="https://shop%d.example.com/p/1">a</a>'
        '<a href="mailto:sales@vendor%d.example.org">b</a>'
        '<a href="HTTP://cdn%d.example.net/x.js">c</a>' % (n, n, n)
    )
    page, top = tally_links(html)
    return sorted(page), top
