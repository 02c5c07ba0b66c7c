"""Audit plugin: re-arms each event it audits (discards it from seen)."""
from hookbus.hook import Hook


class AuditHook(Hook):
    def on_event(self, event, seen):
        seen.discard(event)
        return f"audited {event}"
