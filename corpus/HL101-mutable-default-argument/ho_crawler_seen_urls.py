"""Docs-site link checker: walks the link graph, remembering visited URLs."""
import itertools


def crawl(url, links, seen=set()):  # expect: HL101 confirmed
    if url in seen:
        return 0
    seen.add(url)
    pages = 1
    for child in links.get(url, ()):
        pages += crawl(child, links, seen)
    return pages


_sites = itertools.count()


def scenario():
    n = next(_sites)
    root = f"https://docs{n}.example.org/"
    links = {root: [root + "intro", root + "api"], root + "api": [root, root + "api/v2"]}
    crawl(root, links)
