"""Cursor pagination: `iter_items` async-iterates an API's overlapping pages and
skips ids already yielded. Its `seen` set default is cleared after the last page,
but callers `break` once they have enough rows, so the clear is never reached."""
import asyncio
import contextlib
import itertools


async def fetch_page(base, cursor, size=5, pages=4):
    start = base + cursor * (size - 1)
    return [start + i for i in range(size)], (cursor + 1 if cursor + 1 < pages else None)


# heaplint-todo: it flows into contextlib.aclosing(), which heaplint cannot see (heaplint: unknown)
async def iter_items(base, cursor=0, seen=set()):  # expect: HL101 confirmed
    while cursor is not None:
        ids, cursor = await fetch_page(base, cursor)
        for row_id in ids:
            if row_id in seen:
                continue
            seen.add(row_id)
            yield row_id
    seen.clear()


async def first_rows(base, limit):
    out = []
    async with contextlib.aclosing(iter_items(base)) as items:
        async for row_id in items:
            out.append("row-%d" % row_id)
            if len(out) >= limit:
                break
    return out


_seq = itertools.count()


def scenario():
    return asyncio.run(first_rows(next(_seq) * 100, limit=7))
