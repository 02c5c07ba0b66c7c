"""Package index client: Version is a str subclass whose __new__ normalises
release strings ("v2.7" -> "2.7.0") and interns them in a default dict keyed
by the normalised text, so equal versions share one object. Every upload
brings a new release string, so the table keeps one Version per release."""
import itertools

_uploads = itertools.count()


class Version(str):
    # heaplint-todo: it grows by new keys computed from values heaplint does not know, which may repeat (heaplint: unknown)
    def __new__(cls, text, _known={}):  # expect: HL101 confirmed
        parts = text.strip().lstrip("v").split(".")
        norm = ".".join((parts + ["0", "0"])[:3])
        obj = _known.get(norm)
        if obj is None:
            obj = super().__new__(cls, norm)
            obj.key = tuple(int(p) for p in norm.split("."))
            _known[norm] = obj
        return obj

    def bump_patch(self):
        major, minor, patch = self.key
        return Version(f"{major}.{minor}.{patch + 1}")


def scenario():
    n = next(_uploads)
    current = Version(f"v2.{n}")
    upcoming = current.bump_patch()
    return upcoming.key > current.key
