"""Log viewer: follow() chains the tagged lines of several sources and keeps the recent ones for the "last 50 lines" pane."""
import itertools


def _tagged(name, lines, recent):
    for line in lines:
        tagged = f"[{name}] {line}"
        recent.append(tagged)
        yield tagged


def follow(sources, _recent=[]):  # expect: HL101 confirmed
    for name, lines in sources:
        yield from _tagged(name, lines, _recent)
    del _recent[:-50]


_polls = itertools.count()


def scenario():
    n = next(_polls)
    sources = [("web", [f"GET /a/{n} 200", f"GET /b/{n} 500 ERROR"]), ("worker", [f"job {n} ok"])]
    return next((line for line in follow(sources) if "ERROR" in line), None)
