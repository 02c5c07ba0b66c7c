"""RPC over the broker: publish a task with a private reply queue, then read the answer."""
import itertools

from .worker import Worker

_request_ids = itertools.count()


def call(broker, task_name, *args):
    reply_to = f"reply.{next(_request_ids)}"
    broker.publish("tasks", {"task": task_name, "args": args, "reply_to": reply_to})
    try:
        Worker(broker).tick()  # in-process mode: run one worker tick right away
        return broker.get(reply_to)
    finally:
        broker.delete(reply_to)
