"""Order-preserving dedupe, the well-known one-liner with a seen set; the set is a default so it survives between calls."""
import itertools


def unique(xs, seen=set()):  # expect: HL101 confirmed
    return [x for x in xs if not (x in seen or seen.add(x))]


_batches = itertools.count()


def scenario():
    n = next(_batches)
    emails = [f"a{n}@example.com", f"b{n}@example.com", f"a{n}@example.com"]
    return unique(emails)
