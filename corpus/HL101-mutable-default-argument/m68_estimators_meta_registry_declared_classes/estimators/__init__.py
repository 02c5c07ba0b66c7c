from .base import Estimator
from .linear import Ridge
from .neighbors import KNearest

__all__ = ["Estimator", "Ridge", "KNearest"]
