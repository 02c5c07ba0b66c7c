"""Directory listing with natural sort order, as rendered by a static file server."""
import itertools
import re

_ids = itertools.count(1000)
_DIGITS = re.compile(r"(\d+)")


def _natural_key(name, _memo={}):  # expect: HL101 refuted
    try:
        return _memo[name]
    except KeyError:
        pass
    parts = tuple(int(p) if p.isdigit() else p.casefold() for p in _DIGITS.split(name))
    if len(_memo) >= 32:
        _memo.pop(next(iter(_memo)))
    _memo[name] = parts
    return parts


class Listing:
    sort_key = staticmethod(_natural_key)

    def __init__(self, entries):
        self.entries = list(entries)

    def render(self):
        rows = sorted(self.entries, key=self.sort_key)
        return "\n".join("<li>%s</li>" % row for row in rows)


def scenario():
    n = next(_ids)
    names = ["report-%d.csv" % (n * 3 + i) for i in range(3)] + ["README", "index.html"]
    return Listing(names).render()
