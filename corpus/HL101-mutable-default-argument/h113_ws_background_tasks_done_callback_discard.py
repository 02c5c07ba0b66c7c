"""Websocket push service: each inbound event schedules fan-out tasks in the
background. The tasks are kept in a set so the event loop's weak reference
is not the only one, and each task discards itself from the set when done."""
import asyncio
import itertools

_events = itertools.count()


async def fan_out(event, channel, outbox):
    outbox.append("%s <- %s#%d" % (channel, event["kind"], event["id"]))


# heaplint-todo: it flows into task.add_done_callback(), which heaplint cannot see (heaplint: unknown)
def spawn(coro, background=set()):  # expect: HL101 refuted
    task = asyncio.get_running_loop().create_task(coro)
    background.add(task)
    task.add_done_callback(background.discard)
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
