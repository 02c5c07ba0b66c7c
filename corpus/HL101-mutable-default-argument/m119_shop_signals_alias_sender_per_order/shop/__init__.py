"""shop: the signals API is re-exported under the names the shop code uses."""
from .signals import connect as on_signal
from .signals import send as fire_signal

__all__ = ["fire_signal", "on_signal"]
