"""An event-loop style message pump: each tick hands ``pump`` the messages that
arrived since the last tick, which queues them on its default ``_backlog``
deque and handles what is queued. It drains the deque with ``while`` each
tick, so both messages of the tick are handled and the backlog is empty again
when ``pump`` returns."""
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


def pump(incoming, _backlog=collections.deque()):  # expect: HL101 refuted
    _backlog.extend(incoming)
    handled = []
    while _backlog:
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
