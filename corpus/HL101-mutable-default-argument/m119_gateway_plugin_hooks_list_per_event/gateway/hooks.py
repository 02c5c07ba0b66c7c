"""Hooks: on() files (priority, handler) under an event name in its default,
a list per event name: the names are bounded, the lists are not."""


def on(event, handler, priority=0, handlers={}):  # expect: HL101 confirmed
    handlers.setdefault(event, []).append((priority, handler))
    return handler


def fire(event, request):
    entries = sorted(on.__defaults__[1].get(event, ()), key=lambda entry: entry[0])
    return [handler(request) for _, handler in entries]
