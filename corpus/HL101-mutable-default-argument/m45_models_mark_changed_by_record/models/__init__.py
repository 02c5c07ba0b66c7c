from .customer import Customer
from .order import Order
