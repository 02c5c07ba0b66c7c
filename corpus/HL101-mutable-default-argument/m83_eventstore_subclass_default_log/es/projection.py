"""Projections: fold a stream's events into a read model."""


def replay(store, stream, handlers, initial):
    state = dict(initial)
    for event in store.read(stream):
        handler = handlers.get(event["kind"])
        if handler is not None:
            state = handler(state, event["data"])
    return state
