"""Models built on basemodel.Model; User marks its fields as changed when created."""
from basemodel import Model


class User(Model):
    def __init__(self, name, email):
        super().__init__()
        self.mark("name", name)
        self.mark("email", email)
