"""Event ingestion: `ingest()` is awaited once per incoming batch (via
asyncio.run) and drops event ids listed in `seen`, a deny-list of known
replays that callers may pass; duplicates inside a batch collapse in the
local dict. The `seen=set()` default is only read, never updated, so the
ids of ingested batches do not accumulate anywhere."""
import asyncio
import itertools

_batches = itertools.count()


async def store(event_id, body):
    await asyncio.sleep(0)
    return len(event_id) + len(body)


async def ingest(events, seen=set()):  # expect: HL101 refuted
    fresh = dict((eid, body) for eid, body in events if eid not in seen)
    sizes = await asyncio.gather(*(store(eid, body) for eid, body in fresh.items()))
    return sum(sizes)


def scenario():
    n = next(_batches)
    events = [(f"evt-{n:08d}-{i}-checkout", "payload") for i in range(4)]
    return asyncio.run(ingest(events))
