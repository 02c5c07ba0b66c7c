"""Channel base: a name and the subscribers messages are delivered to."""


class Channel:
    kind = "generic"

    def __init__(self, name, subscribers=[]):  # expect: HL101 confirmed
        self.name = name
        self.subscribers = subscribers

    def deliver(self, text):
        return [f"{self.kind}:{who}:{text}" for who in self.subscribers[-3:]]
