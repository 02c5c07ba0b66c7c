"""Audit journal: one line per order action, written off the request path."""
import tasks.tracker as tracker


async def _append(journal, order_id, action):
    journal.append(f"{order_id} {action}")


def record(journal, order_id, action):
    task = tracker.spawn(_append(journal, order_id, action))
    task.set_name(f"audit:{order_id}:{action}")
    return task
