"""REST framework: Serializer.serialize() hands its context to the
to_representation() hook of the serializer class picked by model name.
OrderSerializer memoises into a copy of the context, dropped on return."""
import itertools

_orders = itertools.count()


class Serializer:
    def serialize(self, obj, context={}):  # expect: HL101 refuted
        data = self.to_representation(obj, context)
        return {"type": type(self).__name__, "data": data}

    def to_representation(self, obj, context):
        raise NotImplementedError


class OrderSerializer(Serializer):
    def to_representation(self, obj, context):
        rendered = {"id": obj["id"], "total": f"{obj['total']:.2f}"}
        context = dict(context, **{str(obj["id"]): rendered})
        return rendered


class CustomerSerializer(Serializer):
    def to_representation(self, obj, context):
        return {"name": obj["name"]}


SERIALIZERS = {"order": OrderSerializer, "customer": CustomerSerializer}


def scenario():
    n = next(_orders)
    return SERIALIZERS["order"]().serialize({"id": n, "total": n * 1.5})
