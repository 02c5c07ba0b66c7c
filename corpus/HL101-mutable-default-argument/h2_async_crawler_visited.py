"""Async link checker: every checked URL goes into the default visited list."""
import asyncio
import itertools


async def check_link(url, visited=[]):  # expect: HL101 confirmed
    if url in visited:
        return "cached"
    visited.append(url)
    await asyncio.sleep(0)
    return "ok" if url.startswith("https://") else "insecure"


async def check_page(page_id):
    links = [f"https://docs.example/{page_id}", f"http://legacy.example/{page_id}"]
    return [await check_link(url) for url in links]


_pages = itertools.count()


def scenario():
    asyncio.run(check_page(next(_pages)))
