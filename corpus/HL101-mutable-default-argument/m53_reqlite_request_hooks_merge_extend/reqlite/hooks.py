"""Hook tables: {event: [callable, ...]}, merged from the request and its session."""


def merge_hooks(request_hooks, session_hooks):
    merged = dict(request_hooks)
    for event, callbacks in session_hooks.items():
        merged.setdefault(event, []).extend(callbacks)
    return merged


def dispatch_hook(event, hooks, data):
    for hook in hooks.get(event, ()):
        result = hook(data)
        if result is not None:
            data = result
    return data
