"""A very small ORM: models with Django-like ``Meta`` options."""
from .models import Model

__all__ = ["Model"]
