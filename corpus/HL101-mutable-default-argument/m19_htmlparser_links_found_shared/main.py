import itertools

from crawler.service import outgoing_links

_ids = itertools.count()

PAGE = (
    '<html><body><h1>Item {n}</h1>'
    '<a href="/docs/{n}">Docs</a> <img src="/i/{n}.png">'
    '<a href="https://example.org/ref?item={n}">Ref</a>'
    '</body></html>'
)


def scenario():
    n = next(_ids)
    return len(outgoing_links(f"https://shop-{n}.example.com/", PAGE.format(n=n)))
