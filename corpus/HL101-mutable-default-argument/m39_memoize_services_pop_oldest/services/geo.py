import math

from utils import memoize

EARTH_RADIUS_KM = 6371.0


@memoize
def distance(origin, destination):
    """Great-circle distance in km between two (lat, lon) pairs."""
    lat1, lon1 = map(math.radians, origin)
    lat2, lon2 = map(math.radians, destination)
    h = (math.sin((lat2 - lat1) / 2) ** 2
         + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2)
    return round(2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h)), 3)
