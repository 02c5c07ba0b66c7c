"""restkit: class-based API views with pluggable throttles."""
from .throttling import BaseThrottle
from .views import APIView

__all__ = ["APIView", "BaseThrottle"]
