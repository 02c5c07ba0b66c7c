"""flags: feature flags read as attributes, with logged fallbacks for unknown flags."""
from .features import FEATURES, rollout_enabled

__all__ = ["FEATURES", "rollout_enabled"]
