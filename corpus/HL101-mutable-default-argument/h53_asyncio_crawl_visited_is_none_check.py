"""Async sitemap crawler over an in-memory link graph (stands in for aiohttp)."""
import asyncio
import itertools

_ids = itertools.count()


class FakeTransport:
    def __init__(self, site):
        self.site = site
        self.requests = 0

    async def get(self, url):
        self.requests += 1
        return self.site.get(url, [])


async def crawl(transport, root, visited=set()):  # expect: HL101 confirmed
    if visited is None:
        visited = set()
    queue = [root]
    while queue:
        url = queue.pop()
        if url in visited:
            continue
        visited.add(url)
        links = await transport.get(url)
        queue.extend(link for link in links if link.startswith(root))
    return transport.requests


def build_site(n):
    root = "https://site%d.example/" % n
    blog = root + "blog"
    return root, {root: [root + "about", blog], blog: [blog + "/1", root, "https://cdn.example/x"]}


def scenario():
    root, site = build_site(next(_ids))
    fetched = asyncio.run(crawl(FakeTransport(site), root))
    assert fetched == 4, fetched
