"""Broad phase: `candidate_pairs` buckets bodies into grid cells and dedupes
pairs that overlap several cells through a set default, emptied at the end
of the pass. A crowded frame hits `max_pairs` and returns from inside the
loop, skipping the clear, so that frame's pairs stay in the shared set."""
import itertools

_frames = itertools.count()


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (heaplint: unknown)
def candidate_pairs(bodies, cell=16, max_pairs=4, seen=set()):  # expect: HL101 confirmed
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
    seen.clear()
    return pairs


def scenario():
    n = next(_frames)
    bodies = {"rock%d.%d" % (n, i): (8.0 + 3 * i, 8.0, 6.0) for i in range(4)}
    return candidate_pairs(bodies)
