"""Breadcrumbs kept in a default list, trimmed to the last MAX entries."""
MAX_BREADCRUMBS = 20


def leave(category, message, trail=[]):  # expect: HL101 refuted
    trail.append((category, message))
    if len(trail) > MAX_BREADCRUMBS:
        del trail[: len(trail) - MAX_BREADCRUMBS]
    return len(trail)


def recent(n=5):
    return leave.__defaults__[0][-n:]
