from . import util

UPSTREAM = "https://render.tiles.example.org/osm"


def tile_url(z, x, y, params=[]):  # expect: HL101 refuted
    query = util.with_param(params, "tile", f"{z}/{x}/{y}")
    return util.encode(UPSTREAM, query)
