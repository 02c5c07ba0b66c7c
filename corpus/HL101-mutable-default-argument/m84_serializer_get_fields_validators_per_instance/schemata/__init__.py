"""schemata: validate incoming dicts against serializers built from fields."""
from .fields import *  # noqa: F401,F403
from .fields import __all__ as _field_names
from .serializers import Serializer
from .validators import ValidationError

__all__ = [*_field_names, "Serializer", "ValidationError"]
