"""Incoming webhooks from the payment provider."""
from .dispatch import deliver_batch

__all__ = ["deliver_batch"]
