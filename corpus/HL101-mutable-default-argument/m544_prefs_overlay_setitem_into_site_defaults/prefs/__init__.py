"""prefs: per-user preferences layered over the site-wide defaults."""
from .overlay import Preferences
