"""Event ingestion: `ingest()` is awaited once per incoming batch (via
asyncio.run) and drops event ids it has already seen before storing the rest
concurrently with asyncio.gather. The accepted ids are added to the
`seen=set()` default, so every distinct event id ever ingested stays there."""
import asyncio
import itertools

_batches = itertools.count()


async def store(event_id, body):
    await asyncio.sleep(0)
    return len(event_id) + len(body)


async def ingest(events, seen=set()):  # expect: HL101 confirmed
    fresh = dict((eid, body) for eid, body in events if eid not in seen)
    seen.update(fresh)
    sizes = await asyncio.gather(*(store(eid, body) for eid, body in fresh.items()))
    return sum(sizes)


def scenario():
    n = next(_batches)
    events = [(f"evt-{n:08d}-{i}-checkout", "payload") for i in range(4)]
    return asyncio.run(ingest(events))
