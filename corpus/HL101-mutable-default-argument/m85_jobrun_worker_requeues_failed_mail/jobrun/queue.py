"""Pending jobs, oldest first."""
from collections import deque


class JobQueue:
    def __init__(self, name, pending=deque()):  # expect: HL101 confirmed
        self.name = name
        self.pending = pending

    def submit(self, kind, *args):
        self.pending.append((kind, args))
        return len(self.pending)

    def take(self):
        return self.pending.popleft()

    def requeue(self, job):
        self.pending.append(job)

    def __len__(self):
        return len(self.pending)
