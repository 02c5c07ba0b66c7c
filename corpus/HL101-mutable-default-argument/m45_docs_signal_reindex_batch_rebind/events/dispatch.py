class Signal:
    def __init__(self, name):
        self.name = name
        self._receivers = []

    def connect(self, receiver):
        self._receivers.append(receiver)
        return receiver

    def send(self, sender, **kwargs):
        return [(receiver, receiver(sender, **kwargs)) for receiver in self._receivers]
