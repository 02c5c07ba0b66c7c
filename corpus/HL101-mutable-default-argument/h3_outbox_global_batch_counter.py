"""Mailer: queues messages in a default outbox, flushed every 20th call via a global counter."""
import itertools

_calls = 0


def queue_message(to, body, outbox=[]):  # expect: HL101 refuted
    global _calls
    _calls += 1
    outbox.append((to, body))
    if _calls % 20 == 0:
        sent = len(outbox)
        outbox.clear()
        return sent
    return 0


_msgs = itertools.count()


def scenario():
    n = next(_msgs)
    queue_message(f"user{n}@example.com", f"Your code is {n:06d}")
