"""textprep: small text normalisation pipelines for search and display."""
from .normalize import normalize
from .presets import Preset

__all__ = ["Preset", "normalize"]
