"""Pathfinding: step costs are memoised by a small decorator factory whose
cache is a dict default. The key function is the tile itself, and every
unit walks over tiles no unit visited before, so the shared cache gains an
entry per new tile even though the cost only depends on the terrain kind."""
import functools
import itertools

_units = itertools.count()
TERRAIN = ("grass", "road", "forest", "water")
COST = {"grass": 1.0, "road": 0.5, "forest": 2.0, "water": 8.0}


def memoize(key, cache={}):  # expect: HL101 confirmed
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args):
            k = key(*args)
            if k not in cache:
                cache[k] = fn(*args)
            return cache[k]
        return wrapper
    return decorate


def terrain_at(tile):
    return TERRAIN[(tile[0] * 7 + tile[1] * 3) % len(TERRAIN)]


@memoize(key=lambda tile: tile)
def step_cost(tile):
    return COST[terrain_at(tile)]


def scenario():
    n = next(_units)
    x, y = n * 5, n * 3
    return sum(step_cost((x + i, y + i // 2)) for i in range(6))
