"""Outbound notifications."""
from .service import fan_out

__all__ = ["fan_out"]
