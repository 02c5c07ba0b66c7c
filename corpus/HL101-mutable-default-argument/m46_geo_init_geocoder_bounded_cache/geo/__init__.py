"""geo: address lookups through one process-wide geocoder."""
from .geocoder import Geocoder
from .formatting import pin_label as label

default_geocoder = Geocoder("en", max_entries=32)

__all__ = ["Geocoder", "default_geocoder", "label"]
