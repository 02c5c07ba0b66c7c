"""Fixed reference data: shipping regions and their per-kilo rates."""
import enum


class Region(enum.Enum):
    NORTH = "n"
    SOUTH = "s"
    EAST = "e"
    WEST = "w"


RATES = {Region.NORTH: 4.5, Region.SOUTH: 3.25, Region.EAST: 5.0, Region.WEST: 6.75}
