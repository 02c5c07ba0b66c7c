"""formkit: fields with validators, and forms that declare and clean them."""
from .extra import EmailField, LengthField
from .fields import Field, ValidationError
from .form import Form

__all__ = ["EmailField", "Field", "Form", "LengthField", "ValidationError"]
