"""Bus base class: the handlers list is copied, so each bus owns its own."""


class Bus:
    def __init__(self, name, handlers=[]):  # expect: HL101 refuted
        self.name = name
        self.handlers = list(handlers)

    def publish(self, event):
        return [handler(event) for handler in self.handlers]
