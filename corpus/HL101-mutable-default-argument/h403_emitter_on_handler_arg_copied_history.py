"""Chat server: open_session() subscribes a transcript handler on the session's emitter, passing a copy of its default history list as the handler's extra argument."""
import itertools


class Emitter:
    def __init__(self):
        self._handlers = {}

    def on(self, event, handler, *args):
        self._handlers.setdefault(event, []).append((handler, args))

    def emit(self, event, payload):
        for handler, args in self._handlers.get(event, ()):
            handler(payload, *args)


def _transcribe(message, history):
    history.append(f"{message['from']}: {message['text']}")


def open_session(user, history=[]):  # expect: HL101 refuted
    session = Emitter()
    session.on("message", _transcribe, list(history))
    return session


_messages = itertools.count()


def scenario():
    n = next(_messages)
    session = open_session(f"user{n}")
    session.emit("message", {"from": f"user{n}", "text": f"hello #{n}"})
