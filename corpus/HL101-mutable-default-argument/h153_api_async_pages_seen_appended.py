"""API client: `pages()` is an async generator that follows cursors through
a paginated listing and yields each page's items, keeping the pages seen so
far for post-mortem inspection. The pages are appended in place to the list
default, so every listing fetched by `collect()` (run with asyncio.run)
stays attached to the function."""
import asyncio
import itertools

_listings = itertools.count()


async def fetch_page(listing, cursor):
    items = ["%s/item-%d" % (listing, cursor * 3 + i) for i in range(3)]
    return items, (cursor + 1 if cursor < 2 else None)


async def pages(listing, seen=[]):  # expect: HL101 confirmed
    cursor = 0
    while cursor is not None:
        items, cursor = await fetch_page(listing, cursor)
        seen.append(items)
        yield items


async def collect(listing):
    out = []
    async for items in pages(listing):
        out.extend(items)
    return out


def scenario():
    return len(asyncio.run(collect("orders-%d" % next(_listings))))
