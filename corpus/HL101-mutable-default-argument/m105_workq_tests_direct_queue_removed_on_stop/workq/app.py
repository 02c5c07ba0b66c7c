"""The app: its task registry and its broker, a dict of named FIFO queues."""
from collections import deque


class App:
    default_queue = "celery"

    def __init__(self, main):
        self.main = main
        self.tasks = {}
        self.broker = {}

    def task(self, fn):
        self.tasks[fn.__name__] = fn
        return fn

    def send_task(self, name, args, queue=None):
        pending = self.broker.setdefault(queue or self.default_queue, deque())
        pending.append((name, args))
        return len(pending)
