"""Invoices: tracks the ids already rendered in this context."""
from restkit.base import Serializer


class InvoiceSerializer(Serializer):
    def to_representation(self, obj, context):
        seen = context.setdefault("seen_ids", set())
        first = obj["id"] not in seen
        seen.add(obj["id"])
        return {"id": obj["id"], "total": sum(obj["lines"]), "first": first}
