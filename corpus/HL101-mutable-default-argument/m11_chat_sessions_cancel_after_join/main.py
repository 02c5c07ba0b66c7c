"""Gateway: each scenario is one short client connection; the worker task is stopped when the socket closes."""
import asyncio
import itertools

from chat.worker import consume


async def connection(n):
    queue, replies = asyncio.Queue(), []
    worker = asyncio.create_task(consume(queue, replies))
    sid = f"sess-{n}"
    await queue.put({"op": "hello", "sid": sid, "user": f"user{n}"})
    await queue.put({"op": "msg", "sid": sid, "text": f"hi from {n}"})
    await asyncio.sleep(0)
    await queue.put({"op": "bye", "sid": sid})
    await queue.join()
    worker.cancel()
    await asyncio.gather(worker, return_exceptions=True)
    return replies


_connections = itertools.count()


def scenario():
    return asyncio.run(connection(next(_connections)))
