"""Bus base class: the handlers list is stored as given."""


class Bus:
    def __init__(self, name, handlers=[]):  # expect: HL101 confirmed
        self.name = name
        self.handlers = handlers

    def publish(self, event):
        return [handler(event) for handler in self.handlers]
