"""validkit: declarative validation with validators registered per type."""
from .registry import ValidatorRegistry
from .fields import Schema, ValidationError

__all__ = ["Schema", "ValidationError", "ValidatorRegistry"]
