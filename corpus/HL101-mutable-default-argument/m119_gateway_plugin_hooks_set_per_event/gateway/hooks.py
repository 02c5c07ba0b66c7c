"""Hooks: on() files (priority, handler) under an event name in its default,
a set per event name: re-adding the same (priority, function) pair is a no-op."""


def on(event, handler, priority=0, handlers={}):  # expect: HL101 refuted
    handlers.setdefault(event, set()).add((priority, handler))
    return handler


def fire(event, request):
    entries = sorted(on.__defaults__[1].get(event, ()), key=lambda entry: entry[0])
    return [handler(request) for _, handler in entries]
