"""Async API client: `pages()` follows `next` cursors and guards against a
server that loops by remembering the cursors it has visited in a default
set. The set is cleared only after the loop runs to the last page; callers
that stop early close the generator at its `yield`, so the clear never runs
and each feed's cursors stay in the set."""
import asyncio
import itertools

_feeds = itertools.count()


async def fetch_page(feed, cursor):
    await asyncio.sleep(0)
    page = int(cursor.rsplit(":", 1)[1]) if cursor else 0
    nxt = "%s:%d" % (feed, page + 1) if page < 4 else None
    return {"items": ["%s/item-%d" % (feed, page)], "next": nxt}


async def pages(feed, cursor=None, seen_cursors=set()):  # expect: HL101 confirmed
    while True:
        page = await fetch_page(feed, cursor)
        yield page["items"]
        cursor = page["next"]
        if cursor is None or cursor in seen_cursors:
            break
        seen_cursors.add(cursor)
    seen_cursors.clear()


async def first_items(feed, limit):
    found = []
    async for items in pages(feed):
        found.extend(items)
        if len(found) >= limit:
            break
    return found


def scenario():
    return asyncio.run(first_items("feed-%d" % next(_feeds), limit=3))
