"""Connection helpers shared by the concrete signal types."""


class ConnectMixin:
    def connect(self, receiver, sender=None):
        """Connect receiver; with sender, it only hears that sender's sends."""
        if sender is not None:
            receiver = _only_from(sender, receiver)
        self.receivers.append(receiver)
        return receiver

    def receivers_for(self, sender):
        return [r for r in self.receivers if getattr(r, "sender", sender) is sender]


def _only_from(sender, receiver):
    def call(s, **payload):
        return receiver(s, **payload) if s is sender else None

    call.sender = sender
    return call
