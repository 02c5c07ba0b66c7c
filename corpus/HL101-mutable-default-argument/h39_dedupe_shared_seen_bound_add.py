"""Log shipper: dedupe() filters lines through a bound seen.add alias on the shared _SEEN default; is_duplicate() only reads the same set."""
import itertools

_SEEN = set()


def dedupe(lines, seen=_SEEN):  # expect: HL101 confirmed
    add = seen.add
    return list(filter(lambda line: not (line in seen or add(line)), lines))


def is_duplicate(line, seen=_SEEN):  # expect: HL101 confirmed
    return line in seen


_batches = itertools.count()


def scenario():
    n = next(_batches)
    lines = [f"GET /item/{n} 200", f"GET /item/{n} 200", "GET /health 200"]
    fresh = dedupe(lines)
    return len(fresh), is_duplicate(f"GET /item/{n} 200")
