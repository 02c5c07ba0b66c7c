"""Customers: plain fields only."""
from restkit.base import Serializer


class CustomerSerializer(Serializer):
    def to_representation(self, obj, context):
        return {"id": obj["id"], "name": obj.get("name", "")}
