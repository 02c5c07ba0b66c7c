"""Game AI: A* over streamed levels whose tiles are keyed (level, x, y); the came-from map is a default reused by every search, so each new level adds its tiles to it."""
import itertools

SIZE = 8


def manhattan(a, b):
    return abs(a[1] - b[1]) + abs(a[2] - b[2])


def astar(walls, start, goal, heuristic=manhattan, came_from={}):  # expect: HL101 confirmed
    open_set, cost = {start}, {start: 0}
    came_from[start] = None
    while open_set:
        cur = min(open_set, key=lambda t: cost[t] + heuristic(t, goal))
        if cur == goal:
            break
        open_set.discard(cur)
        lvl, x, y = cur
        for nxt in ((lvl, x + 1, y), (lvl, x - 1, y), (lvl, x, y + 1), (lvl, x, y - 1)):
            if max(nxt[1:]) < SIZE and min(nxt[1:]) >= 0 and nxt not in walls and cost[cur] + 1 < cost.get(nxt, SIZE**2):
                cost[nxt], came_from[nxt] = cost[cur] + 1, cur
                open_set.add(nxt)
    path, node = [], goal if goal in cost else None
    while node is not None:
        path.append(node)
        node = came_from[node]
    return path[::-1]


_levels = itertools.count()


def scenario():
    n = next(_levels)
    walls = {(n, n % 6 + 1, y) for y in range(1, SIZE - 1)}
    return astar(walls, (n, 0, n % SIZE), (n, SIZE - 1, n * 3 % SIZE))
