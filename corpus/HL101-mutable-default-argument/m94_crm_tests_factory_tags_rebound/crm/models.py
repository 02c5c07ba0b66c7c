class Contact:
    def __init__(self, pk, name, email, tags):
        self.pk = pk
        self.name = name
        self.email = email
        self.tags = tags

    def as_row(self):
        return {"id": self.pk, "name": self.name, "tags": ",".join(self.tags)}
