"""In-process broker: one FIFO of (job, args) messages."""
from collections import deque

queue = deque()


def publish(job, args):
    queue.append((job, args))
    return len(queue)
