"""Async crawler step: a batch of pages is fetched concurrently through an in-memory transport."""
import asyncio
import collections
import itertools


def _host_and_path(url):
    scheme, _, rest = url.partition("://")
    host, _, path = rest.partition("/")
    return host, "/" + path


async def _transport(url):
    host, path = _host_and_path(url)
    return 200, f"<html><title>{host}{path}</title></html>"


async def fetch(url, request_counts=collections.Counter()):  # expect: HL101 confirmed
    request_counts[url] += 1
    status, body = await _transport(url)
    if status != 200:
        raise RuntimeError(f"{url}: HTTP {status}")
    return url, len(body)


async def crawl(urls):
    pages = await asyncio.gather(*(fetch(u) for u in urls))
    return dict(pages)


_batches = itertools.count()


def scenario():
    n = next(_batches)
    urls = [f"https://docs.example.org/guide/{n}", f"https://api.example.org/v1/items/{n}"]
    return asyncio.run(crawl(urls))
