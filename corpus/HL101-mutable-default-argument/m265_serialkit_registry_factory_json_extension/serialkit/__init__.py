"""serialkit: record serializers, looked up by file extension."""
from serialkit.base import Serializer, serializer_for
from serialkit import jsonfmt, xmlfmt  # noqa: F401  (registers the formats)

__all__ = ["Serializer", "serializer_for"]
