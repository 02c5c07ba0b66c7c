"""Webhooks: make_handler() builds a Handler subclass per event kind, and
every subclass joins the handler registry as its class is created; the
handlers are built once at import and looked up per delivery."""
import itertools

_events = itertools.count()
KINDS = ("push", "issue", "release")


class Handler:
    kind = None

    def __init_subclass__(cls, hooks=[], **kw):  # expect: HL101 refuted
        super().__init_subclass__(**kw)
        hooks.append(cls)
        cls.registry = hooks

    def handle(self, event):
        return f"{self.kind}:{event['id']}"


def make_handler(kind):
    return type(f"{kind.title()}Handler", (Handler,), {"kind": kind})


HANDLERS = {kind: make_handler(kind) for kind in KINDS}


def deliver(event):
    handler_cls = HANDLERS[event["kind"]]
    return handler_cls().handle(event)


def scenario():
    n = next(_events)
    return deliver({"id": n, "kind": KINDS[n % 3]})
