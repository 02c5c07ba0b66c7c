"""Broad phase: `candidate_pairs` buckets bodies into grid cells and dedupes
pairs that overlap several cells through a set default. The set is emptied
before each pass, so even when the pass stops early at `max_pairs` it only
ever holds the current frame's few pairs."""
import itertools

_frames = itertools.count()


def candidate_pairs(bodies, cell=16, max_pairs=4, seen=set()):  # expect: HL101 refuted
    seen.clear()
    cells = {}
    for name, (x, y, r) in bodies.items():
        for cx in range(int(x - r) // cell, int(x + r) // cell + 1):
            cells.setdefault((cx, int(y) // cell), []).append(name)
    pairs = []
    for members in cells.values():
        for a, b in itertools.combinations(sorted(members), 2):
            if (a, b) in seen:
                continue
            seen.add((a, b))
            pairs.append((a, b))
            if len(pairs) == max_pairs:
                return pairs
    return pairs


def scenario():
    n = next(_frames)
    bodies = {"rock%d.%d" % (n, i): (8.0 + 3 * i, 8.0, 6.0) for i in range(4)}
    return candidate_pairs(bodies)
