from .registry import register, lookup, DuplicateModel
from .user import User
from .order import Order
