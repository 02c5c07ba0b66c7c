"""Signal: a named hook that calls its receivers in connection order."""


class Signal:
    def __init__(self, name, receivers=[]):  # expect: HL101 refuted
        self.name = name
        self.receivers = receivers

    def send(self, sender, **payload):
        return [(receiver, receiver(sender, **payload)) for receiver in self.receivers]

    def __repr__(self):
        return f"<Signal {self.name} ({len(self.receivers)} receivers)>"
