class Contact:
    def __init__(self, email, labels=[]):  # expect: HL101 confirmed
        self.email = email
        self.labels = labels

    def add_label(self, label):
        if label not in self.labels:
            self.labels.append(label)

    def card(self):
        shown = ", ".join(self.labels[-4:])
        return f"{self.email} <{shown}>"
