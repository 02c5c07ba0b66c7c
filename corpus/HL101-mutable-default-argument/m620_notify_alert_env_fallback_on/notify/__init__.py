"""notify: alert fan-out over channels with an environment-selected fallback."""
from .alerts import send_alert
from .digest import digest

__all__ = ["send_alert", "digest"]
