class ContactRepository:
    def __init__(self):
        self.rows = {}

    def save(self, contact):
        self.rows[contact.pk] = contact.as_row()
        return contact.pk

    def tag(self, contact, label):
        if label not in contact.tags:
            contact.tags.append(label)
        return self.save(contact)

    def find(self, pk):
        return self.rows.get(pk)
