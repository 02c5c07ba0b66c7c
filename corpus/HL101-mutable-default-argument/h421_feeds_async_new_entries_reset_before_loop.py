"""Feed reader: `new_entries` is an async generator skipping ids already seen in this pass.

It resets `_seen` before the loop, so even when the dashboard reads only the first page and
closes the stream with aclose(), the set holds at most one pass's ids.
"""
import asyncio
import itertools


async def new_entries(feed, _seen=set()):  # expect: HL101 refuted
    _seen.clear()
    for entry in feed:
        if entry["id"] in _seen:
            continue
        _seen.add(entry["id"])
        yield entry


async def first_page(feed, size=3):
    stream, page = new_entries(feed), []
    try:
        async for entry in stream:
            page.append(entry["title"])
            if len(page) == size:
                break
    finally:
        await stream.aclose()
    return page


_polls = itertools.count()


def scenario():
    n = next(_polls)
    feed = [{"id": f"{n}-{i % 4}", "title": f"post {n}.{i}"} for i in range(6)]
    return asyncio.run(first_page(feed))
