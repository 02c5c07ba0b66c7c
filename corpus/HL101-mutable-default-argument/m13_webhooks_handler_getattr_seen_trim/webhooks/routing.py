_HANDLERS = []


def handles_events(cls):
    """Class decorator: record which event types the class has `on_<type>` methods for."""
    cls.event_types = sorted(name[3:] for name in vars(cls) if name.startswith("on_"))
    _HANDLERS.append(cls)
    return cls


def dispatch(event):
    results = []
    for cls in _HANDLERS:
        if event["type"] in cls.event_types:
            results.append(getattr(cls(), "on_" + event["type"])(event))
    return results
