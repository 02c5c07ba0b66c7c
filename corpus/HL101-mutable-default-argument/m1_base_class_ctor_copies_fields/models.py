"""Models built on basemodel.Model."""
from basemodel import Model


class Invoice(Model):
    def __init__(self, number, total):
        super().__init__()
        self.set(f"line:{number}", total)
        self.set("number", number)
