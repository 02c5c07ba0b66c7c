"""An event-loop style message pump: each tick hands ``pump`` the messages that
arrived since the last tick, which queues them on its default ``_backlog``
deque and handles what is queued. It handles only one message per tick while
every tick delivers two (the message and its receipt), so the backlog grows by
one message per call."""
import collections
import itertools
import zlib

_ticks = itertools.count()
_checksum = 0


def _handle(message):
    global _checksum
    kind, msg_id, payload = message
    _checksum = zlib.crc32(payload.encode(), _checksum)
    return kind, msg_id


def pump(incoming, _backlog=collections.deque()):  # expect: HL101 confirmed
    _backlog.extend(incoming)
    handled = []
    if _backlog:
        handled.append(_handle(_backlog.popleft()))
    return handled


def receive(tick):
    body = "order %d accepted" % tick
    return [
        ("message", tick, body),
        ("receipt", tick, "ack:%d:%d" % (tick, len(body))),
    ]


def scenario():
    n = next(_ticks)
    return len(pump(receive(n)))
