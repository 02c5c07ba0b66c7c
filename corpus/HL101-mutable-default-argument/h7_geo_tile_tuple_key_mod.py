"""Map server: the latest tile per (zoom parity, quadrant) is cached; keys are tuples built from n % 2 and n % 3."""
import itertools


def cache_tile(n, png, tiles={}):  # expect: HL101 refuted
    key = (n % 2, n % 3)
    tiles[key] = png
    return len(tiles)


_tiles = itertools.count()


def scenario():
    n = next(_tiles)
    cache_tile(n, bytes([n % 256]) * 64 + str(n).encode())
