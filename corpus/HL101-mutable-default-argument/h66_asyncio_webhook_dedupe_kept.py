"""Webhook consumer: an asyncio.Queue feeds a consumer that skips redelivered message ids."""
import asyncio
import itertools
import json

STOP = object()


# heaplint-todo: the asyncio.Queue consumer's loop ends on a test heaplint cannot evaluate (unknown, not confirmed)
async def consume(queue, handled, seen=set()):  # expect: HL101 confirmed
    while True:
        raw = await queue.get()
        if raw is STOP:
            queue.task_done()
            break
        msg = json.loads(raw)
        if msg["id"] not in seen:
            seen.add(msg["id"])
            handled.append(msg["type"])
        queue.task_done()
    return handled


async def deliver(events):
    queue = asyncio.Queue()
    consumer = asyncio.create_task(consume(queue, []))
    for event in events:
        await queue.put(json.dumps(event))
    await queue.put(STOP)
    await queue.join()
    return await consumer


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    paid = {"id": f"evt_{n:06d}", "type": "invoice.paid"}
    sent = {"id": f"evt_{n:06d}_mail", "type": "invoice.sent"}
    return asyncio.run(deliver([paid, paid, sent]))
