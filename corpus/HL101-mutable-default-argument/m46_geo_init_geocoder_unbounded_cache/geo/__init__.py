"""geo: address lookups through one process-wide geocoder."""
from .geocoder import Geocoder
from .formatting import pin_label as label

default_geocoder = Geocoder("en")

__all__ = ["Geocoder", "default_geocoder", "label"]
