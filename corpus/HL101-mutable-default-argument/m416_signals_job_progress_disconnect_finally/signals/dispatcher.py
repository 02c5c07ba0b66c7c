class Signal:
    """A named signal; receivers are called with the sender and keyword data."""

    def __init__(self, name, receivers=[]):  # expect: HL101 refuted
        self.name = name
        self.receivers = receivers

    def connect(self, receiver):
        self.receivers.append(receiver)

    def disconnect(self, receiver):
        self.receivers.remove(receiver)

    def send(self, sender, **data):
        return [(receiver, receiver(sender, **data)) for receiver in self.receivers]
