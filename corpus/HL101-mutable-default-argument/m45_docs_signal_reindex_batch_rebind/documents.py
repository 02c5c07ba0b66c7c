import events


class Document:
    def __init__(self, pk, title):
        self.pk = pk
        self.title = title
        self.version = 0

    def save(self):
        self.version += 1
        events.document_saved.send(type(self), document=self)
        return self
