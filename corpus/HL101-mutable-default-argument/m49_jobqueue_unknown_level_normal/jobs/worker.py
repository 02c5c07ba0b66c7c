"""Runs queued tasks between requests, most urgent first."""
from collections import deque

from .priority import Priority

INTERACTIVE = (Priority.HIGH, Priority.NORMAL, Priority.LOW)


def submit(task, level, queues={}):  # expect: HL101 refuted
    queues.setdefault(Priority(level), deque()).append(task)
    results = []
    for priority in INTERACTIVE:
        pending = queues.get(priority)
        while pending:
            results.append(pending.popleft()())
    return results


def pending_counts(queues):
    return {priority.name: len(queue) for priority, queue in queues.items()}
