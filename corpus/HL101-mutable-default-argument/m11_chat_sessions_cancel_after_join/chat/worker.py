"""Frame consumer: one task per connection reads frames from the connection's queue."""
import asyncio

from .handlers import on_frame


async def consume(queue, replies):
    while True:
        frame = await queue.get()
        reply = on_frame(frame)
        if reply:
            replies.append(reply)
        queue.task_done()
