import threading


class Signal:
    """Minimal clone of django.dispatch.Signal."""

    def __init__(self, name, use_caching=False, receivers=[]):  # expect: HL101 refuted
        self.name = name
        self.use_caching = use_caching
        self.receivers = receivers
        self.lock = threading.Lock()

    def connect(self, receiver, sender=None, dispatch_uid=None):
        if dispatch_uid:
            key = (dispatch_uid, id(sender))
        else:
            key = (id(receiver), id(sender))
        with self.lock:
            for existing, _ in self.receivers:
                if existing == key:
                    return False
            self.receivers.append((key, receiver))
        return True

    def send(self, sender, **named):
        responses = []
        for (_, sender_id), receiver in list(self.receivers):
            if sender_id not in (id(None), id(sender)):
                continue
            try:
                responses.append((receiver, receiver(sender=sender, **named)))
            except Exception as exc:  # a broken receiver must not break save()
                responses.append((receiver, exc))
        return responses


post_save = Signal("post_save")
order_paid = Signal("order_paid")
