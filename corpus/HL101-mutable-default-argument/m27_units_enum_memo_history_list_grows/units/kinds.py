"""Temperature units understood by the sensors."""
from enum import Enum


class Unit(Enum):
    CELSIUS = "C"
    FAHRENHEIT = "F"
    KELVIN = "K"
