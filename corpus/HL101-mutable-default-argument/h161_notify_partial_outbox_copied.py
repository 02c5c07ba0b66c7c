"""Notification fan-out: `sender_for()` binds a channel and an outbox with
functools.partial so callers only pass the message. The partial binds a
copy of the default `outbox` list, so `deliver` appends into a list owned
by that sender, which is dropped with it; the default stays empty."""
import functools
import itertools

_messages = itertools.count()


def deliver(channel, outbox, recipient, text):
    envelope = {"channel": channel, "to": recipient, "body": text.strip()}
    outbox.append(envelope)
    return len(outbox)


def sender_for(channel, outbox=[]):  # expect: HL101 refuted
    return functools.partial(deliver, channel, list(outbox))


def scenario():
    n = next(_messages)
    send = sender_for("email" if n % 3 else "sms")
    queued = send("user%d@example.org" % n, "  Your order %d has shipped.  " % n)
    return queued > 0
