from .raster import tile_for  # noqa: F401
