"""Event registry: the handlers default is the process-wide table event -> [handler, ...]."""


def subscribe(event, handler, handlers={}):  # expect: HL101 confirmed
    handlers.setdefault(event, []).append(handler)
    return handler


HANDLERS = subscribe.__defaults__[0]  # the live table emit() walks


def emit(event, payload):
    return [handler(payload) for handler in HANDLERS.get(event, ())]
