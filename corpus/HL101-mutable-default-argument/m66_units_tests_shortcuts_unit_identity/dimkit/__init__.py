"""dimkit: compound units (km/h, min/km) and conversions between them."""
from .convert import convert_to
from .units import *
