class Handler:
    """A link in a handler chain; the newest link handles the delivery."""

    def __init__(self, event, chain=[]):  # expect: HL101 refuted
        self.event = event
        self.chain = [*chain, self]

    def dispatch(self, payload):
        return self.chain[-1].process(payload)

    def process(self, payload):
        raise NotImplementedError
