"""Customer profiles: concurrent requests for one user share a single load."""
import asyncio
import functools

from ..storage import fetch_row


async def _load(user_id):
    row = await fetch_row("profiles", user_id)
    return {"id": user_id, "display": row["name"].title()}


def _settled(tasks, user_id, task):
    if task.cancelled() or task.exception() is not None:
        tasks.pop(user_id, None)


def profile(user_id, *, _tasks={}):  # expect: HL101 confirmed
    task = _tasks.get(user_id)
    if task is None:
        task = _tasks[user_id] = asyncio.ensure_future(_load(user_id))
        task.add_done_callback(functools.partial(_settled, _tasks, user_id))
    return task
