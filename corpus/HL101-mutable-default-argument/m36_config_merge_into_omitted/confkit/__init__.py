"""confkit: layered configuration (defaults < file < environment)."""
from .layers import *  # noqa: F401,F403
from .loader import load_config  # noqa: F401
