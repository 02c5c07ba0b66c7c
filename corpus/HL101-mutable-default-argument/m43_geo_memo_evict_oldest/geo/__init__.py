from .service import resolve_city
from .cache import CacheMiss as UnknownAddress

__all__ = ["resolve_city", "UnknownAddress"]
