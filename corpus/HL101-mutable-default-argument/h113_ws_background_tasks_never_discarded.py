"""Websocket push service: each inbound event schedules fan-out tasks in the
background. The tasks are kept in a set so the event loop's weak reference
is not the only one; the done callback only logs failures and nothing ever
takes a finished task out of the set."""
import asyncio
import itertools

_events = itertools.count()
failures = []


async def fan_out(event, channel, outbox):
    outbox.append("%s <- %s#%d" % (channel, event["kind"], event["id"]))


def _report(task):
    if not task.cancelled() and task.exception() is not None:
        failures.append(repr(task.exception()))


def spawn(coro, background=set()):  # expect: HL101 confirmed
    task = asyncio.get_running_loop().create_task(coro)
    background.add(task)
    task.add_done_callback(_report)
    return task


async def on_event(event):
    outbox = []
    tasks = [spawn(fan_out(event, channel, outbox)) for channel in sorted(event["channels"])]
    await asyncio.wait(tasks)
    return outbox


def scenario():
    n = next(_events)
    event = {"id": n, "kind": "price", "channels": {f"ticker.{n}", f"user.{n % 13}"}}
    return asyncio.run(on_event(event))
