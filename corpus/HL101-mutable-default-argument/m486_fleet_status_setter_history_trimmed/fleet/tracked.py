HISTORY_LIMIT = 20


class Tracked:
    """Base for entities with a status; the setter remembers the latest status changes for audits."""

    _status = "new"

    @property
    def status(self):
        return self._status

    @status.setter
    def status(self, value, history=[]):  # expect: HL101 refuted
        if value == self._status:
            return
        history.append((self.ident, self._status, value))
        del history[:-HISTORY_LIMIT]
        self._status = value
        self.changes_seen = len(history)
