"""Signals: a minimal dispatcher; each request's audit handler connects its bound method.

`receivers_for()` returns the receiver list for a signal straight out of its
default dict (`setdefault`), and `connect()` appends to what it got back after
an `in` check meant to avoid duplicates. The signal names are fixed, but every
request connects `handler.on_saved` of a new `AuditHandler`: bound methods of
different objects never compare equal, so the check lets each one in and the
list keeps every handler alive (stale handlers still receive every later
save, and ignore it because it belongs to another request).
"""
import itertools


def receivers_for(signal, _receivers={}):  # expect: HL101 confirmed
    return _receivers.setdefault(signal, [])


def connect(signal, receiver):
    receivers = receivers_for(signal)
    if receiver not in receivers:
        receivers.append(receiver)
    return receiver


def send(signal, sender, **kwargs):
    return [(receiver, receiver(sender, **kwargs)) for receiver in list(receivers_for(signal))]


class Model:
    def __init__(self, pk, **fields):
        self.pk = pk
        self.fields = fields

    def save(self, request_id=None):
        send("pre_save", self, request_id=request_id)
        created = self.pk is None
        if created:
            self.pk = next(_pks)
        send("post_save", self, created=created, request_id=request_id)
        return self.pk


def invalidate_cache(sender, **kwargs):
    return f"cache:{type(sender).__name__}:{sender.pk}"


class AuditHandler:
    def __init__(self, request_id, request_user):
        self.request_id = request_id
        self.request_user = request_user
        self.entries = []

    def on_saved(self, sender, created=False, request_id=None, **kwargs):
        if request_id != self.request_id:
            return None
        self.entries.append((self.request_user, sender.pk, "create" if created else "update"))
        return len(self.entries)


connect("post_save", invalidate_cache)


def update_view(request_id, user, pk, fields):
    audit = AuditHandler(request_id, user)
    connect("post_save", audit.on_saved)
    instance = Model(pk, **fields)
    instance.save(request_id=request_id)
    return audit.entries


_pks = itertools.count(1)
_seq = itertools.count()


def scenario():
    n = next(_seq)
    connect("post_save", invalidate_cache)  # idempotent: a plain function compares equal to itself
    return update_view(f"req-{n}", f"user{n % 10}", None if n % 3 == 0 else n, {"title": f"Draft {n}"})
