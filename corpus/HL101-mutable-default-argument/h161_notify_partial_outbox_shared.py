"""Notification fan-out: `sender_for()` binds a channel and an outbox with
functools.partial so callers only pass the message. The partial binds the
default `outbox` list itself, and `deliver` appends each queued message to
it, so every message sent through any sender stays in the default."""
import functools
import itertools

_messages = itertools.count()


def deliver(channel, outbox, recipient, text):
    envelope = {"channel": channel, "to": recipient, "body": text.strip()}
    outbox.append(envelope)
    return len(outbox)


def sender_for(channel, outbox=[]):  # expect: HL101 confirmed
    return functools.partial(deliver, channel, outbox)


def scenario():
    n = next(_messages)
    send = sender_for("email" if n % 3 else "sms")
    queued = send("user%d@example.org" % n, "  Your order %d has shipped.  " % n)
    return queued > 0
