import math

try:
    from ._mercator import lonlat_to_tile  # Cython build, optional
except ImportError:

    def lonlat_to_tile(lon, lat, zoom):
        n = 2**zoom
        x = int((lon + 180.0) / 360.0 * n)
        y = int((1.0 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2.0 * n)
        return x, y
