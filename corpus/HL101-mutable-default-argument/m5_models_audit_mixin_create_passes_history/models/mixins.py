class AuditMixin:
    """Keeps a history of what happened to the record; cooperative __init__."""

    def __init__(self, *, history=[], **fields):  # expect: HL101 refuted
        self._history = history
        super().__init__(**fields)

    def touch(self, action):
        self._history.append(action)
        return len(self._history)
