"""Audit plugin: marks each event as seen so it is audited once."""
from hookbus.hook import Hook


class AuditHook(Hook):
    def on_event(self, event, seen):
        seen.add(event)
        return f"audited {event}"
