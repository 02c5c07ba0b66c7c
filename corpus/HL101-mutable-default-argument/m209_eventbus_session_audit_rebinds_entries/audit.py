"""Per-session audit trail fed by the event bus."""
import eventbus


class SessionAudit:
    def __init__(self, user, entries=[]):  # expect: HL101 refuted
        self.user = user
        self.entries = entries
        eventbus.subscribe(self.on_event)

    def on_event(self, event):
        if event.get("user") != self.user:
            return
        self.entries = self.entries + [(event["kind"], event.get("path"))]

    def close(self):
        eventbus.unsubscribe(self.on_event)
        return [kind for kind, _ in self.entries[-3:]]
