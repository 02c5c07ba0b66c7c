"""Ticket: opens with its subject as the first journal entry."""
from .base import Record
from .journaling import JournalMixin


class Ticket(JournalMixin, Record):
    def __init__(self, ident, subject):
        super().__init__(ident, journal=[(ident, "subject", subject)])
        self.subject = subject
