"""fsm: the order lifecycle; importing the package loads the bundled handlers."""
from .machine import OrderMachine
from . import expiry, fulfilment, payments  # noqa: F401  (handler modules register on import)

__all__ = ["OrderMachine"]
