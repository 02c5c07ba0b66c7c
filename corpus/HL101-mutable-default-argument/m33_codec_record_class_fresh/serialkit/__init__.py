"""serialkit: JSON-ready primitives from rich Python values via a type registry."""
from .registry import encoder_for, register
from . import builtin  # noqa: F401  (fills the registry)


def to_primitive(obj):
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    if isinstance(obj, dict):
        return {str(k): to_primitive(v) for k, v in obj.items()}
    if isinstance(obj, list):
        return [to_primitive(v) for v in obj]
    return to_primitive(encoder_for(type(obj))(obj))


__all__ = ["encoder_for", "register", "to_primitive"]
