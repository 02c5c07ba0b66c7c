"""A tiny model-signal dispatcher: post_save and post_delete."""


class Signal:
    def __init__(self, name):
        self.name = name
        self.receivers = []

    def connect(self, receiver):
        self.receivers.append(receiver)
        return receiver

    def send(self, sender, **kwargs):
        for receiver in self.receivers:
            receiver(sender, **kwargs)


post_save = Signal("post_save")
post_delete = Signal("post_delete")
