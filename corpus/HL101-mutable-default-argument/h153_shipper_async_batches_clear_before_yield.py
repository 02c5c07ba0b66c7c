"""Event shipper: `batches()` is an async generator that groups events from
an async source into fixed-size batches for the bulk endpoint, and
`ship_first()` sends the first batch and returns. The pending list default
is copied and cleared before each yield, so even though the abandoned
generator is closed at the yield (by asyncio.run's shutdown), the default is
already empty and nothing is kept."""
import asyncio
import itertools

_runs = itertools.count()


async def events(run):
    for i in range(7):
        yield {"run": run, "seq": i, "kind": "click" if i % 2 else "view", "tags": ["r%d" % run]}


async def batches(source, size=3, pending=[]):  # expect: HL101 refuted
    async for event in source:
        pending.append(event)
        if len(pending) >= size:
            batch, pending[:] = pending[:], []
            yield batch
    if pending:
        batch, pending[:] = pending[:], []
        yield batch


async def ship_first(run):
    async for batch in batches(events(run)):
        return [e["seq"] for e in batch]
    return []


def scenario():
    return asyncio.run(ship_first(next(_runs)))
