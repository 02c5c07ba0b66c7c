"""Plain-text notes."""
from .document import Document


class Note(Document):
    def __init__(self, title, body=""):
        super().__init__(title)
        self.body = body

    def insert(self, position, text):
        self.record(("insert", position, text))
        self.body = self.body[:position] + text + self.body[position:]
