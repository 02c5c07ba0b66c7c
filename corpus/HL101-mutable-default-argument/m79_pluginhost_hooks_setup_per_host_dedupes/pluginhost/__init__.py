"""pluginhost: a small event host; the plugins it runs are named in ENTRY_POINTS."""
from .host import Host

__all__ = ["Host"]
