from .. import cache


def _load(doctor, day):
    """Stand-in for the schedule backend query."""
    seed = sum(map(ord, doctor)) + int(day.replace("-", ""))
    return frozenset({9 + seed % 8, 9 + (seed * 3) % 8})


def taken_slots(doctor, day, _cache={}):  # expect: HL101 confirmed
    return cache.fetch(_cache, (doctor, day), lambda: _load(doctor, day))
