"""Handler registry: each registration is stored in a default dict."""


def register_handler(event, fn, registry={}):  # expect: HL101 confirmed
    registry.setdefault(event, []).append(fn)
    return len(registry[event])
