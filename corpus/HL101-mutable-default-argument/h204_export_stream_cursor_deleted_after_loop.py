"""Export service: stream_rows() is an async generator that pages rows out of an
in-memory table and tracks each open cursor's progress in its `cursors={}`
default, deleting the entry after the last page. The preview endpoint breaks
out of `async for` after three rows; the generator is then closed with
aclose(), GeneratorExit is raised at the `yield`, and the `del` after the loop
never runs, so every preview leaves its table's cursor entry behind."""
import asyncio
import itertools

_exports = itertools.count()


async def stream_rows(table, rows, page_size=2, cursors={}):  # expect: HL101 confirmed
    cursor = f"cur-{table}"
    cursors[cursor] = 0
    for start in range(0, len(rows), page_size):
        await asyncio.sleep(0)  # fetch the next page
        for row in rows[start:start + page_size]:
            cursors[cursor] += 1
            yield row
    del cursors[cursor]


async def preview(table, rows, limit=3):
    head = []
    async for row in stream_rows(table, rows):
        head.append(row)
        if len(head) == limit:
            break
    return head


def scenario():
    n = next(_exports)
    rows = [{"id": n * 10 + i, "sku": f"SKU-{n}-{i}"} for i in range(7)]
    return len(asyncio.run(preview(f"orders_{n}", rows)))
