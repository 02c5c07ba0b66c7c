"""Helpers shared by the command modules."""


def parse_opts(argv):
    opts = {}
    for arg in argv:
        key, _, value = arg.lstrip("-").partition("=")
        opts[key] = value
    return opts


def enter(step, trail=[]):  # expect: HL101 refuted
    """Push `step` on the trail that prefixes messages: 'deploy web-3 > tag v1'."""
    trail.append(step)
    return trail


def leave(trail):
    trail.pop()


def where(trail):
    return " > ".join(trail)
