"""Built-in conversion plugins; importing a module registers its converters."""
from . import distance, temperature
