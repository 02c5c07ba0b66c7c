"""ChangeSet: what one flush writes (field values) and logs (events)."""


class ChangeSet:
    def __init__(self):
        self.fields = {}
        self.events = []
