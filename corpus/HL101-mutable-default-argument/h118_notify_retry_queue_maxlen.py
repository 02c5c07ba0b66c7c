"""Notification gateway: each channel keeps a retry queue of the messages its
transport refused; a flush re-sends what is queued, then the new batch.
Addresses on a blocked domain are refused every time, but each channel's
deque keeps only the last eight refusals, and there are three channels."""
import collections
import functools
import itertools

_ids = itertools.count()
CHANNELS = ("email", "sms", "push")
BLOCKED = ("@bounce.example",)


def transport(channel, message):
    return not message["to"].endswith(BLOCKED)


# heaplint-todo: called with new arguments as outside code would call it, flush grows it; but this application uses flush as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def flush(channel, outbox, retry=collections.defaultdict(lambda: collections.deque(maxlen=8))):  # expect: HL101 refuted
    queue = retry[channel]
    pending = list(queue) + list(outbox)
    queue.clear()
    sent = 0
    for message in pending:
        if transport(channel, message):
            sent += 1
            continue
        queue.append(message)
    return sent


FLUSHERS = {channel: functools.partial(flush, channel) for channel in CHANNELS}


def scenario():
    n = next(_ids)
    outbox = [{"to": "user%d@%s" % (n, host), "body": "Build %d finished" % n}
              for host in ("mail.example", "bounce.example")]
    return FLUSHERS[CHANNELS[n % 3]](outbox)
