"""Ticket: overrides start_audit() so each ticket gets its own trail; the mixin's default list is never used."""
from .audit import AuditMixin


class Ticket(AuditMixin):
    def __init__(self, number, subject):
        self.number = number
        self.subject = subject
        self.start_audit()
        self.audit(f"opened #{number}: {subject}")

    def start_audit(self):
        super().start_audit([])

    def assign(self, agent):
        self.agent = agent
        self.audit(f"assigned #{self.number} to {agent}")
