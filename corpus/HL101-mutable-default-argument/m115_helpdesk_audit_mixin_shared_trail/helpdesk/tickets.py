"""Ticket: starts its audit trail when opened and records every change through self.audit()."""
from .audit import AuditMixin


class Ticket(AuditMixin):
    def __init__(self, number, subject):
        self.number = number
        self.subject = subject
        self.start_audit()
        self.audit(f"opened #{number}: {subject}")

    def assign(self, agent):
        self.agent = agent
        self.audit(f"assigned #{self.number} to {agent}")
