"""Tracing: a Span records one unit of work with its attributes. The exporter
dedupes identical spans, so spans compare and hash by name and attributes, and
__repr__ shows them in debug logs. Handlers tag the order lines they touch."""
import itertools

_orders = itertools.count()


class Span:
    def __init__(self, name, attributes={"service.name": "checkout"}):  # expect: HL101 confirmed
        self.name = name
        self.attributes = attributes or {}

    def set_attribute(self, key, value):
        self.attributes[key] = value
        return self

    def __repr__(self):
        return f"Span({self.name!r}, {self.attributes!r})"

    def __eq__(self, other):
        if not isinstance(other, Span):
            return NotImplemented
        return (self.name, self.attributes) == (other.name, other.attributes)

    def __hash__(self):
        return hash((self.name, frozenset(self.attributes.items())))


def scenario():
    n = next(_orders)
    span = Span("POST /orders").set_attribute(f"order.line.{n}.sku", f"SKU{n:06d}")
    return repr(span), hash(span), span == Span("POST /orders")
