"""Journaling mixin: every audited update is appended to the journal."""


class JournalMixin:
    def update(self, **fields):
        for name, value in fields.items():
            setattr(self, name, value)
            if self.audit:
                self._journal.append((self.ident, name, value))
