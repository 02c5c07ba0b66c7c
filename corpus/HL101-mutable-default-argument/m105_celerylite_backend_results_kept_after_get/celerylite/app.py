"""The Celery app: registers tasks and puts messages on its queue."""
import itertools
from collections import deque

from .result import AsyncResult


class Celery:
    def __init__(self, main, backend):
        self.main = main
        self.backend = backend
        self.tasks = {}
        self.queue = deque()
        self._ids = itertools.count(1)

    def task(self, fn):
        name = f"{self.main}.{fn.__name__}"
        self.tasks[name] = fn
        fn.delay = lambda *args: self.send_task(name, args)
        return fn

    def send_task(self, name, args):
        task_id = f"{name}-{next(self._ids):08d}"
        self.queue.append((task_id, name, args))
        return AsyncResult(task_id, self.backend)
