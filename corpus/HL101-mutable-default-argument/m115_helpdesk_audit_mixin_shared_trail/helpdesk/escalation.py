"""Escalation: a ticket raised to a support level; inherits the audit trail from Ticket."""
from .tickets import Ticket


class Escalation(Ticket):
    def __init__(self, number, subject, level=1):
        super().__init__(number, subject)
        self.level = level
        self.audit(f"escalated #{number} to level {level}")
