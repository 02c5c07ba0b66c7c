"""REST API (JSON:API style): `OrderSerializer` passes its `context` dict to the
nested `CustomerSerializer`, which side-loads the customer into
`context["included"]`. Without an explicit context every order shares the default
dict, so each customer ever rendered stays in `included` and in later responses."""
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

    def relationship(self):
        ref = {"type": "customers", "id": str(self.customer["pk"])}
        self.context.setdefault("included", []).append(dict(ref, attributes={"email": self.customer["email"]}))
        return ref


class OrderSerializer:
    def __init__(self, order, context={}):  # expect: HL101 confirmed
        self.order, self.context = order, context

    def document(self):
        rel = CustomerSerializer(self.order.customer, self.context).relationship()
        data = {"type": "orders", "id": str(self.order.pk), "relationships": {"customer": {"data": rel}}}
        return {"data": data, "included": list(self.context.get("included", ()))}


def scenario():
    n = next(_requests)
    return OrderSerializer(Order(n, {"pk": 500 + n, "email": "c%d@example.com" % n})).document()
