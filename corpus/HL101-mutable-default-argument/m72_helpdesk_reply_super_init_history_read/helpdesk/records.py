class Record:
    """Base for everything the helpdesk stores: an id and an event history."""

    def __init__(self, pk, history=[]):  # expect: HL101 refuted
        self.pk = pk
        self.history = history

    def log(self, event):
        self.history.append(event)

    def last_event(self):
        return self.history[-1] if self.history else None
