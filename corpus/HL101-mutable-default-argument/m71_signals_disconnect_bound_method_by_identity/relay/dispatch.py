class Signal:
    def __init__(self, name, receivers=[]):  # expect: HL101 confirmed
        self.name = name
        self.receivers = receivers

    def connect(self, receiver):
        self.receivers.append(receiver)
        return receiver

    def disconnect(self, receiver):
        self.receivers[:] = [r for r in self.receivers if r is not receiver]

    def send(self, sender, **payload):
        return [r(sender, signal=self.name, **payload) for r in list(self.receivers)]
