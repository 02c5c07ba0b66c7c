"""Chat: a tiny hook registry; plugins subscribe with a decorator at import time.

`hooks()` both registers (when given a callback) and looks up (when not) in a
default `defaultdict(list)`. Only two well-known events have subscribers, but
the server fires a per-room event name for every message, and looking a
missing key up in a defaultdict inserts an empty list for it: the registry
grows by one key per room even though nothing registers after import.
"""
import collections
import functools
import itertools
import logging

log = logging.getLogger(__name__)


def hooks(event, callback=None, _registry=collections.defaultdict(list)):  # expect: HL101 confirmed
    if callback is not None:
        _registry[event].append(callback)
        return callback
    return tuple(_registry[event])


def on(event):
    def decorator(fn):
        @functools.wraps(fn)
        def guarded(payload):
            try:
                return fn(payload)
            except Exception:  # a broken plugin must not break delivery
                log.exception("hook %s failed for %s", fn.__name__, event)
                return None
        return hooks(event, guarded)
    return decorator


@on("room:lobby.message")
def moderate_lobby(message):
    return "flagged" if "spam" in message["text"] else None


@on("room:support.message")
def open_ticket(message):
    return f"ticket:{message['author']}"


def fire(event, payload):
    return [result for result in (cb(payload) for cb in hooks(event)) if result is not None]


def post_message(room, author, text):
    message = {"room": room, "author": author, "text": text}
    return fire(f"room:{room}.message", message)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    if n % 4 == 0:
        return post_message("support", f"user{n}", "my order is late")
    # direct-message rooms are created on demand, one per conversation
    return post_message(f"dm-{n:06d}", f"user{n}", "hi there")
