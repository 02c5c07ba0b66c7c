"""Package index client: Version is a str subclass whose __new__ normalises
release strings ("v2.7" -> "2.7.0") and remembers the newest Version seen per
major line in a default dict, flagging older ones as outdated. The key is the
major number, which is 2 for every upload, so the dict holds one entry whose
value is replaced."""
import itertools

_uploads = itertools.count()


class Version(str):
    # heaplint-todo: it flows into the constructor of a base class defined elsewhere, which heaplint cannot see (heaplint: unknown)
    def __new__(cls, text, _newest={}):  # expect: HL101 refuted
        parts = text.strip().lstrip("v").split(".")
        norm = ".".join((parts + ["0", "0"])[:3])
        obj = super().__new__(cls, norm)
        obj.key = tuple(int(p) for p in norm.split("."))
        best = _newest.get(obj.key[0])
        obj.outdated = best is not None and best.key > obj.key
        if not obj.outdated:
            _newest[obj.key[0]] = obj
        return obj

    def bump_patch(self):
        major, minor, patch = self.key
        return Version(f"{major}.{minor}.{patch + 1}")


def scenario():
    n = next(_uploads)
    current = Version(f"v2.{n}")
    upcoming = current.bump_patch()
    return upcoming.key > current.key and not upcoming.outdated
