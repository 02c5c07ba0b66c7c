"""EventBus: routes an event to the handler method named after its type."""


class EventBus:
    def dispatch(self, event):
        handler = getattr(self, "on_" + event["type"].replace(".", "_"), None)
        return handler(event) if handler else None
