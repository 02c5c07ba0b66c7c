"""Base class for editable documents: a title and an undo history."""


class Document:
    def __init__(self, title, history=[]):  # expect: HL101 confirmed
        self.title = title
        self.history = history

    def record(self, operation):
        self.history.append(operation)

    def can_undo(self):
        return bool(self.history)

    def last_operation(self):
        return self.history[-1] if self.history else None
