"""forms: declarative form classes."""
from .fields import Field
from .form import Form

__all__ = ["Field", "Form"]
