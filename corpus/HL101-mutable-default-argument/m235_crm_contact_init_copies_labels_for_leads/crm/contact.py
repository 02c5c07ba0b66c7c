class Contact:
    def __init__(self, email, labels=[]):  # expect: HL101 refuted
        self.email = email
        self.labels = list(labels)

    def add_label(self, label):
        if label not in self.labels:
            self.labels.append(label)

    def card(self):
        shown = ", ".join(self.labels[-4:])
        return f"{self.email} <{shown}>"
