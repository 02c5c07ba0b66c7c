"""Minimal signal dispatcher: receivers connect to ``request_finished`` and
``send`` calls them in order. Each request connects a receiver that collects
its audit lines, sends the signal, and disconnects the receiver if sending fails."""
import itertools

_requests = itertools.count()


def connect(receiver, receivers=[]):  # expect: HL101 confirmed
    receivers.append(receiver)
    return receivers


def disconnect(receiver, receivers):
    receivers.remove(receiver)


def send(receivers, sender, **kwargs):
    return [(receiver, receiver(sender, **kwargs)) for receiver in list(receivers)]


def handle(path, user):
    audit = []

    def on_finished(sender, **kwargs):
        audit.append("%s %s by %s" % (sender, kwargs["path"], kwargs["user"]))
        return len(audit)

    receivers = connect(on_finished)
    try:
        send(receivers, "wsgi", path=path, user=user)
    except Exception:
        disconnect(on_finished, receivers)
        raise
    return audit


def scenario():
    n = next(_requests)
    return handle("/items/%d" % n, "user-%d" % n)
