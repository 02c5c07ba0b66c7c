"""API models: an order with its customer and line items."""
from dataclasses import dataclass


@dataclass
class Customer:
    id: int
    email: str


@dataclass
class LineItem:
    sku: str
    qty: int
    price: float


@dataclass
class Order:
    id: int
    customer: Customer
    items: list
    _dirty: bool
