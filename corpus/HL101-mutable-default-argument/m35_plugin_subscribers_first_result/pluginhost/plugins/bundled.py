"""Plugins shipped with pluginhost."""
from ..host import register


class BasePlugin:
    def __init__(self, name, prefixes):
        self.name = name
        self.prefixes = prefixes

    def handle(self, topic, payload):
        return None


@register("audit", ["order", "user"])
@register("audit-legacy", ["order."])
class AuditPlugin(BasePlugin):
    def handle(self, topic, payload):
        actor = payload.get("actor") or "system"
        return "%s: %s by %s" % (self.name, topic, actor)


@register("metrics", ["order"])
class MetricsPlugin(BasePlugin):
    def handle(self, topic, payload):
        event = topic.rsplit(".", 1)[-1]
        self.last = (event, payload.get("amount", 0))
        return None
