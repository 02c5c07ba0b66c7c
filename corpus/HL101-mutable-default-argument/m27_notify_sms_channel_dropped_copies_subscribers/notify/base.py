"""Channel base: a name and its own copy of the subscribers."""


class Channel:
    kind = "generic"

    def __init__(self, name, subscribers=[]):  # expect: HL101 refuted
        self.name = name
        self.subscribers = list(subscribers)

    def deliver(self, text):
        return [f"{self.kind}:{who}:{text}" for who in self.subscribers[-3:]]
