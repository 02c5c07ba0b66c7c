"""Webhook receiver: dispatches to on_<event> methods looked up with getattr."""
import itertools


class WebhookHandler:
    def on_push(self, payload, commits=[]):  # expect: HL101 confirmed
        commits.extend(payload["commits"])
        return len(payload["commits"])

    def on_ping(self, payload):
        return 0

    def dispatch(self, event, payload):
        return getattr(self, f"on_{event}", self.on_ping)(payload)


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    WebhookHandler().dispatch("push", {"commits": [f"sha{n}a", f"sha{n}b"]})
