"""Game AI: A* over the fixed 8x8 tile grid of a level; the came-from map is a default reused by every search and keyed by tile, so it never holds more than 64 entries."""
import functools
import heapq
import itertools

SIZE = 8


def manhattan(a, b):
    return abs(a[0] - b[0]) + abs(a[1] - b[1])


# heaplint-todo: A* over the grid costs thousands of steps a call; the step bound stops the check that the came-from table stops growing after 21 calls, too few to tell it from a table still filling (heaplint: unknown)
def astar(walls, start, goal, heuristic, came_from={}):  # expect: HL101 refuted
    frontier, cost = [(heuristic(start, goal), start)], {start: 0}
    came_from[start] = None
    while frontier:
        cur = heapq.heappop(frontier)[1]
        if cur == goal:
            break
        for nxt in ((cur[0] + 1, cur[1]), (cur[0] - 1, cur[1]), (cur[0], cur[1] + 1), (cur[0], cur[1] - 1)):
            if max(nxt) < SIZE and min(nxt) >= 0 and nxt not in walls and cost[cur] + 1 < cost.get(nxt, SIZE**2):
                cost[nxt], came_from[nxt] = cost[cur] + 1, cur
                heapq.heappush(frontier, (cost[nxt] + heuristic(nxt, goal), nxt))
    path, node = [], goal if goal in cost else None
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1]


find_path = functools.partial(astar, heuristic=manhattan)
_levels = itertools.count()


def scenario():
    n = next(_levels)
    walls = {(n % 6 + 1, y) for y in range(1, SIZE - 1)}
    return find_path(walls, (0, n % SIZE), (SIZE - 1, n * 3 % SIZE))
