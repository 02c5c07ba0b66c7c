"""Webhooks: each tenant gets a handler class built with type(); walking its vars() registers handlers under '<tenant>.<event>' in a default dict."""
import itertools


def _on_push(self, payload):
    return f"{self.tenant}: build {payload['ref']}"


def _on_ping(self, payload):
    return f"{self.tenant}: pong"


def handler_table(cls, table={}):  # expect: HL101 confirmed
    for name, attr in vars(cls).items():
        if name.startswith("on_") and callable(attr):
            table[f"{cls.tenant}.{name[3:]}"] = attr
    return table


def dispatch(tenant, event, payload):
    cls = type(f"Hooks_{tenant}", (), {"tenant": tenant, "on_push": _on_push, "on_ping": _on_ping})
    func = handler_table(cls).get(f"{tenant}.{event}")
    return func(cls(), payload) if func else None


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    return dispatch(f"t{n}", "push", {"ref": f"refs/heads/f{n}"})
