import weakref


class _StrongRef:
    def __init__(self, target):
        self.target = target

    def __call__(self):
        return self.target


class Signal:
    def __init__(self, name, receivers=[]):  # expect: HL101 confirmed
        self.name = name
        self.receivers = receivers

    def connect(self, receiver, weak=True):
        if weak:
            ref_type = weakref.WeakMethod if hasattr(receiver, "__self__") else weakref.ref
            ref = ref_type(receiver, self._discard)
        else:
            ref = _StrongRef(receiver)
        self.receivers.append(ref)
        return receiver

    def _discard(self, ref):
        try:
            self.receivers.remove(ref)
        except ValueError:
            pass

    def send(self, sender, **named):
        responses = []
        for ref in list(self.receivers):
            receiver = ref()
            if receiver is not None:
                responses.append((receiver, receiver(sender, **named)))
        return responses
