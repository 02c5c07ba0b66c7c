import math

from .meta import Reused

EARTH_RADIUS_M = 6371008.8


class Haversine(metaclass=Reused):
    """Great-circle distances on a spherical earth; one shared calculator."""

    def __init__(self, radius=EARTH_RADIUS_M):
        self.radius = radius

    def distance(self, a, b):
        lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
        h = math.sin((lat2 - lat1) / 2) ** 2
        h += math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
        return round(2 * self.radius * math.asin(math.sqrt(h)), 2)
