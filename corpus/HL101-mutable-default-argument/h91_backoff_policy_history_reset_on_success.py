"""Message consumer: a backoff policy (built through a subclass that forwards **kwargs to its base) records the delays it handed out and clears them when the operation succeeds."""
import itertools


class BackoffPolicy:
    def __init__(self, base=0.1, cap=5.0, history=[]):  # expect: HL101 refuted
        self.base, self.cap, self.history = base, cap, history

    def run(self, op, *args, attempts=5):
        for attempt in range(attempts):
            try:
                result = op(*args, attempt)
            except ConnectionError:
                self.history.append((attempt, min(self.cap, self.base * 2**attempt)))
            else:
                self.history.clear()
                return result
        raise ConnectionError(f"gave up after {attempts} attempts, waited {sum(d for _, d in self.history):.1f}s")


class QueueBackoff(BackoffPolicy):
    def __init__(self, queue, **kwargs):
        super().__init__(**kwargs)
        self.queue = queue


def ack_head(queue, attempt):
    if attempt < 2:
        raise ConnectionError(f"broker busy acking the head of {queue}")
    return f"{queue}: acked"


_consumers = itertools.count()


def scenario():
    policy = QueueBackoff(f"orders-{next(_consumers)}", cap=2.0)
    return policy.run(ack_head, policy.queue)
