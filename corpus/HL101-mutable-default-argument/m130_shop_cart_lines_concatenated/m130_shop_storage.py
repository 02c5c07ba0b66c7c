"""Till display: keeps only the latest payload per event name, not a history."""
import m130_shop_events as events

_latest = {}


@events.subscribe
def remember(name, payload):
    _latest[name] = payload
    return name
