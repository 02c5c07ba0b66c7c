"""Mixins shared by order plugins."""
import json


class JsonPayloadMixin:
    def decode(self, payload):
        return json.loads(payload)


class SummaryMixin:
    prefix = "order"

    def summary(self, order):
        return f"{self.prefix} #{order['id']} ({order['total']} EUR)"
