"""Model signals: connect() registers a receiver on a Signal instance (the
default argument) under a dispatch uid; ANY is an empty marker instance
meaning "any sender", only compared with `is`. Receivers are kept in a dict
keyed by uid: reconnecting the per-request audit hook replaces the old one.

The marker default is a sentinel (an instance nothing mutates, compared with `is`):
HL101 does not report it, so its line carries no label."""
import itertools


class _Any:
    pass


ANY = _Any()


class Signal:
    def __init__(self):
        self._receivers = {}

    def add(self, uid, receiver):
        self._receivers[uid] = receiver

    def send(self, sender, **kwargs):
        return [fn(sender, **kwargs) for fn in self._receivers.values()]


def connect(receiver, uid, sender=ANY,
            signal=Signal()):  # expect: HL101 refuted
    key = uid if sender is ANY else f"{uid}:{sender}"
    signal.add(key, receiver)
    return signal


_saves = itertools.count()


def scenario():
    n = next(_saves)
    user = f"editor-{n}@example.org"
    sig = connect(lambda sender, **kw: f"{user} saved {sender} {kw}", uid="audit")
    return sig.send("Invoice", pk=n)
