"""Message outbox: enqueue() gathers messages into batches of eight; a full
batch goes onto the sender's queue of recent batches (a list of lists), and
the pending batch starts over."""
import collections
import itertools

_messages = itertools.count()
BATCH_SIZE = 8
SENT_BATCHES = collections.deque(maxlen=4)


def enqueue(message, pending=[]):  # expect: HL101 refuted
    pending.append(message)
    if len(pending) >= BATCH_SIZE:
        SENT_BATCHES.append(list(pending))
        pending.clear()
    return len(pending)


def scenario():
    n = next(_messages)
    return enqueue({"to": f"user{n}@example.com", "subject": f"Invoice {n}"})
