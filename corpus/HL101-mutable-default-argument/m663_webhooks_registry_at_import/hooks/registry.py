HANDLERS = {}


def on(event, fn, registry=HANDLERS):  # expect: HL101 refuted
    """Register fn to be called with the payload whenever event is emitted."""
    registry.setdefault(event, []).append(fn)
    return fn


def emit(event, payload, registry=HANDLERS):  # expect: HL101 refuted
    return [fn(payload) for fn in registry.get(event, ())]
