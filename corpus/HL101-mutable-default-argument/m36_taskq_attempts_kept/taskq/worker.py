"""Synchronous worker loop and a bounded in-memory result backend."""
import collections

from .registry import REGISTRY, Retry


class ResultBackend(collections.OrderedDict):
    """task id -> (state, value); the oldest results are evicted first."""
    limit = 32

    def store(self, task_id, state, value):
        self[task_id] = (state, value)
        while len(self) > self.limit:
            self.popitem(last=False)


class Worker:
    def __init__(self, backend):
        self.backend, self.queue = backend, collections.deque()

    def submit(self, task_id, name, *args):
        self.queue.append((task_id, name, args, 0))

    def drain(self):
        while self.queue:
            task_id, name, args, retries = self.queue.popleft()
            handler = REGISTRY.get(name)
            if handler is None:
                self.backend.store(task_id, "REJECTED", name)
                continue
            try:
                value = handler(*args)
            except Retry:
                if retries < handler.max_retries:
                    self.queue.append((task_id, name, args, retries + 1))
                else:
                    self.backend.store(task_id, "FAILURE", None)
            else:
                self.backend.store(task_id, "SUCCESS", value)
