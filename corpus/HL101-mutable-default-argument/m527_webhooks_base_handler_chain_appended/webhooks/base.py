class Handler:
    """A link in a handler chain; the newest link handles the delivery."""

    def __init__(self, event, chain=[]):  # expect: HL101 confirmed
        self.event = event
        chain.append(self)
        self.chain = chain

    def dispatch(self, payload):
        return self.chain[-1].process(payload)

    def process(self, payload):
        raise NotImplementedError
