"""publish(): delivers one event to every handler registered for its topic."""
from m133_events_registry import handlers


def publish(topic, event):
    return [handler(event) for handler in handlers(topic)]
