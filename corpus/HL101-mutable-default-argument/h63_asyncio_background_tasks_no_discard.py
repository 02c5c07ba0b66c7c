"""Web handler: fire-and-forget audit writes run as background asyncio tasks kept in a set."""
import asyncio
import itertools
import logging

log = logging.getLogger(__name__)


def _report(task):
    if not task.cancelled() and task.exception() is not None:
        log.error("background task %s failed", task.get_name(), exc_info=task.exception())


def spawn(coro, *, name=None, _background=set()):  # expect: HL101 confirmed
    task = asyncio.get_running_loop().create_task(coro, name=name)
    _background.add(task)
    task.add_done_callback(_report)
    return task


async def write_audit(sink, event):
    sink.append(event)


async def handle(request_id, payload):
    sink = []
    spawn(write_audit(sink, {"id": request_id, "bytes": len(payload)}), name=f"audit-{request_id}")
    body = payload.decode().upper()
    current = asyncio.current_task()
    await asyncio.gather(*(t for t in asyncio.all_tasks() if t is not current))
    return body, sink


_requests = itertools.count()


def scenario():
    n = next(_requests)
    return asyncio.run(handle(n, f"order={n}".encode()))
