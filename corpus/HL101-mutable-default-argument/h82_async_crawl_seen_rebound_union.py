"""Site crawler: pages are fetched concurrently, following links to pages not visited on this path."""
import asyncio
import itertools
import re

LINK = re.compile(r'href="([^"]+)"')


def make_site(n):
    return {
        f"/{n}/": f'<a href="/{n}/docs">docs</a> <a href="/{n}/blog">blog</a>',
        f"/{n}/docs": f'<a href="/{n}/">home</a> <a href="/{n}/docs/api">api</a>',
        f"/{n}/blog": f'<a href="/{n}/">home</a>',
        f"/{n}/docs/api": "<p>reference</p>",
    }


async def crawl(url, site, seen=set()):  # expect: HL101 refuted
    seen = seen | {url}
    await asyncio.sleep(0)
    links = [link for link in LINK.findall(site.get(url, "")) if link not in seen]
    found = await asyncio.gather(*(crawl(link, site, seen) for link in links))
    return {url, *itertools.chain.from_iterable(found)}


_sites = itertools.count()


def scenario():
    n = next(_sites)
    return sorted(asyncio.run(crawl(f"/{n}/", make_site(n))))
