"""conf: profiles and layered configs built with one deep-merge helper."""
from .layers import layered
from .profiles import load_profile

__all__ = ["load_profile", "layered"]
