"""Feed reader: unique_everseen-style filtering with seen_add = seen.add on a default set."""
import itertools


def unique_entries(entries, seen=set()):  # expect: HL101 confirmed
    seen_add = seen.add
    out = []
    for entry in entries:
        if entry not in seen:
            seen_add(entry)
            out.append(entry)
    return out


_polls = itertools.count()


def scenario():
    n = next(_polls)
    return unique_entries([f"guid-{n}", f"guid-{n}", f"guid-{n + 1}"])
