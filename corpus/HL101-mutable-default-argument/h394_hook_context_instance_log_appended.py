"""Signals: Signal.send() passes a HookContext to the receive() hook of the
receiver class looked up in RECEIVERS. The default context is one instance
made at def time; AuditReceiver appends every payload to its log."""
import itertools

_payloads = itertools.count()


class HookContext:
    def __init__(self):
        self.log = []
        self.last = None


class Signal:
    def send(self, payload, ctx=HookContext()):  # expect: HL101 confirmed
        return self.receive(payload, ctx)

    def receive(self, payload, ctx):
        raise NotImplementedError


class AuditReceiver(Signal):
    def receive(self, payload, ctx):
        ctx.log.append(payload)
        return payload["user"]


RECEIVERS = {"post_save": AuditReceiver}


def scenario():
    n = next(_payloads)
    return RECEIVERS["post_save"]().send({"user": f"user-{n}", "model": "Order"})
