class Tracked:
    """Base for entities with a status; the setter remembers previous statuses for audits."""

    _status = "new"

    @property
    def status(self):
        return self._status

    @status.setter
    def status(self, value, history=[]):  # expect: HL101 confirmed
        if value == self._status:
            return
        history.append((self.ident, self._status, value))
        self._status = value
        self.changes_seen = len(history)
