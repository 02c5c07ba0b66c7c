"""REST API (JSON:API style): `OrderSerializer` passes its `context` dict to the
nested `CustomerSerializer`, which stores the request path in
`context["request_path"]` to build its `links`. Orders without a context share
the default dict, but the key is reassigned on every render: one path at a time."""
import itertools
from dataclasses import dataclass

_requests = itertools.count()


@dataclass
class Order:
    pk: int
    customer: dict


class CustomerSerializer:
    def __init__(self, customer, context):
        self.customer, self.context = customer, context

    def relationship(self, path):
        self.context["request_path"] = path
        return {"type": "customers", "id": str(self.customer["pk"]),
                "links": {"related": "%s/customer" % self.context["request_path"]}}


class OrderSerializer:
    def __init__(self, order, context={}):  # expect: HL101 refuted
        self.order, self.context = order, context

    def document(self):
        rel = CustomerSerializer(self.order.customer, self.context).relationship("/orders/%d" % self.order.pk)
        data = {"type": "orders", "id": str(self.order.pk), "relationships": {"customer": {"data": rel}}}
        return {"data": data, "included": list(self.context.get("included", ()))}


def scenario():
    n = next(_requests)
    return OrderSerializer(Order(n, {"pk": 500 + n, "email": "c%d@example.com" % n})).document()
