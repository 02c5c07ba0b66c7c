"""Handlers are looked up per event name; the table is created lazily on first use."""


def handlers_for(event, _table={}):  # expect: HL101 confirmed
    return _table.setdefault(event, [])


def on(event):
    def register(handler):
        handlers_for(event).append(handler)
        return handler

    return register


def emit(event, payload):
    return [handler(payload) for handler in handlers_for(event)]
