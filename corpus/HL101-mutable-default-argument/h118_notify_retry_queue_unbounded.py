"""Notification gateway: each channel keeps a retry queue of the messages its
transport refused; a flush re-sends what is queued, then the new batch.
Addresses on a blocked domain are refused every time, so they go back to the
queue on every flush, and the per-channel deques have no bound."""
import collections
import functools
import itertools

_ids = itertools.count()
CHANNELS = ("email", "sms", "push")
BLOCKED = ("@bounce.example",)


def transport(channel, message):
    return not message["to"].endswith(BLOCKED)


def flush(channel, outbox, retry=collections.defaultdict(collections.deque)):  # expect: HL101 confirmed
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
