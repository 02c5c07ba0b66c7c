"""plugins: request decorators applied before sending."""
from .auth import sign
from .timing import instrument

__all__ = ["instrument", "sign"]
