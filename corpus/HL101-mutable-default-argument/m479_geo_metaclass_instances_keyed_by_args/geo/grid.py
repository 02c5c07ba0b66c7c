import math

from .meta import Reused

EARTH_RADIUS_M = 6371008.8


class LocalGrid(metaclass=Reused):
    """Equirectangular projection around an origin; fine for a few kilometres."""

    def __init__(self, origin):
        self.lat0, self.lon0 = origin
        self.kx = math.cos(math.radians(self.lat0)) * EARTH_RADIUS_M
        self.ky = EARTH_RADIUS_M

    def to_local(self, lat, lon):
        x = math.radians(lon - self.lon0) * self.kx
        y = math.radians(lat - self.lat0) * self.ky
        return round(x, 2), round(y, 2)
