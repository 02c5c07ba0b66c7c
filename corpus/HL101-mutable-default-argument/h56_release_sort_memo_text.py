"""Release ordering for a package-index mirror (simplified PEP 440)."""
import functools
import itertools

_serial = itertools.count()
_PHASES = {"a": 0, "b": 1, "rc": 2, "": 3}


def parse_release(text, _memo={}):  # expect: HL101 confirmed
    base, _, phase = text.partition("-")
    if text not in _memo:
        _memo[text] = _PHASES.get(phase, -1)
    nums = tuple(int(p) for p in base.split(".") if p.isdigit())
    return nums, _memo[text]


@functools.total_ordering
class Release:
    __slots__ = ("text",)
    parse = staticmethod(parse_release)

    def __init__(self, text):
        self.text = text.strip().lstrip("v")

    def __eq__(self, other):
        return self.parse(self.text) == self.parse(other.text)

    def __lt__(self, other):
        return self.parse(self.text) < self.parse(other.text)


def latest_stable(tags):
    releases = sorted(Release(t) for t in tags if t)
    stable = [r for r in releases if "-" not in r.text]
    return max(stable).text if stable else None


def scenario():
    n = next(_serial)
    latest_stable([f"v1.{n}.0", f"1.{n}.1-rc", "0.9.0", f"1.{n}.1", ""])
