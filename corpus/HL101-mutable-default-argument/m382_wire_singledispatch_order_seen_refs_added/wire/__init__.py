"""Wire encoding: `to_wire` is a singledispatch function; models register their encoders."""
from .encode import to_wire
from .models import Order

__all__ = ["Order", "to_wire"]
