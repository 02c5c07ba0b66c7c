from .commands import set_quota
from .errors import reported

__all__ = ["reported", "set_quota"]
