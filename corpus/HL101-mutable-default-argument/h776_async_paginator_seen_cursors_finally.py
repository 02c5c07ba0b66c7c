"""Async API client: `pages()` follows `next` cursors, remembering visited
cursors in a default set to stop a looping server. The set is cleared in
`finally`, so it is emptied even when the caller stops iterating early."""
import asyncio
import itertools

_feeds = itertools.count()


async def fetch_page(feed, cursor):
    await asyncio.sleep(0)
    page = int(cursor.rsplit(":", 1)[1]) if cursor else 0
    nxt = "%s:%d" % (feed, page + 1) if page < 4 else None
    return {"items": ["%s/item-%d" % (feed, page)], "next": nxt}


async def pages(feed, cursor=None, seen_cursors=set()):  # expect: HL101 refuted
    try:
        while True:
            page = await fetch_page(feed, cursor)
            yield page["items"]
            cursor = page["next"]
            if cursor is None or cursor in seen_cursors:
                break
            seen_cursors.add(cursor)
    finally:
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
