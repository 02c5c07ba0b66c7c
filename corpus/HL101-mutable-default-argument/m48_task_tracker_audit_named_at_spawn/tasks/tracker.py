"""Keeps a strong reference to every background task until it finishes.

The event loop only keeps weak references to tasks, so a fire-and-forget task
can be garbage collected mid-flight unless someone holds on to it.
"""
import asyncio


def spawn(coro, *, name=None, running={}):  # expect: HL101 refuted
    task = asyncio.get_running_loop().create_task(coro, name=name)
    running[task.get_name()] = task
    task.add_done_callback(lambda done: running.pop(done.get_name(), None))
    return task
