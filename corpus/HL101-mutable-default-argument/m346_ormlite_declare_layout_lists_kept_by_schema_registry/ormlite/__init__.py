"""ormlite: declarative tables on top of a schema registry."""
from .models import declare

__all__ = ["declare"]
