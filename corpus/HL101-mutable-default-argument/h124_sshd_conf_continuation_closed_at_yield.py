"""Daemon config: logical lines are joined from physical lines ending in a
backslash by a generator that buffers the pieces in a list default.
`lookup()` wraps it in contextlib.closing and returns at the first matching
directive; closing raises GeneratorExit at the yield, so the `clear()` after
it never runs and the pieces of that directive stay in the default."""
import contextlib
import itertools

_hosts = itertools.count()


# heaplint-todo: it flows into contextlib.closing(), which heaplint cannot see (heaplint: unknown)
def logical_lines(physical, pending=[]):  # expect: HL101 confirmed
    for raw in physical:
        line = raw.rstrip("\n")
        if line.endswith("\\"):
            pending.append(line[:-1].strip())
            continue
        pending.append(line.strip())
        yield " ".join(p for p in pending if p)
        pending.clear()


def lookup(text, directive):
    with contextlib.closing(logical_lines(text.splitlines(True))) as lines:
        for logical in lines:
            key, _, value = logical.partition(" ")
            if key == directive:
                return value
    return None


def scenario():
    n = next(_hosts)
    text = ("ListenAddress 10.0.%d.%d\nAllowUsers deploy%d \\\n    backup%d \\\n    ci\n"
            "PermitRootLogin no\n") % (n % 256, n % 7, n, n)
    return lookup(text, "AllowUsers")
