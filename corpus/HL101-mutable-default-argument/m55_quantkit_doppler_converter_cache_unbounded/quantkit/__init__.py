"""quantkit: units, conversions and spectral equivalencies."""
from . import settings
from .equivalencies import doppler_radio
from .unit import Unit

__all__ = ["Unit", "doppler_radio", "settings"]
