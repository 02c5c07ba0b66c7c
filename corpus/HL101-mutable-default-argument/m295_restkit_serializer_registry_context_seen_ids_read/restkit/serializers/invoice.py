"""Invoices: checks the ids the caller says were already rendered."""
from restkit.base import Serializer


class InvoiceSerializer(Serializer):
    def to_representation(self, obj, context):
        seen = context.get("seen_ids", frozenset())
        first = obj["id"] not in seen
        seen = seen | {obj["id"]}
        return {"id": obj["id"], "total": sum(obj["lines"]), "first": first}
