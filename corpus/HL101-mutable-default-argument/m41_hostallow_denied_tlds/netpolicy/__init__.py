from .allowlist import HostAllowList
from .config import OUTBOUND

__all__ = ["HostAllowList", "OUTBOUND"]
