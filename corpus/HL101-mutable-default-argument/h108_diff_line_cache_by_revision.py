"""Code review diffs: `Revision.lines` gets the split lines through a helper whose
dict default caches them keyed by (path, revision id). Every push brings new
revision ids, so the lines of every revision ever diffed stay in the cache."""
import difflib
import itertools

_pushes = itertools.count()


def split_lines(path, rev, text, _cache={}):  # expect: HL101 confirmed
    key = (path, rev)
    if key not in _cache:
        _cache[key] = text.splitlines(keepends=True)
    return _cache[key]


class Revision:
    def __init__(self, path, rev, text):
        self.path, self.rev, self.text = path, rev, text

    @property
    def lines(self):
        return split_lines(self.path, self.rev, self.text)


def review_diff(old, new):
    return "".join(difflib.unified_diff(old.lines, new.lines, "a/%s@%s" % (old.path, old.rev),
                                        "b/%s@%s" % (new.path, new.rev)))


def scenario():
    n = next(_pushes)
    path = ("src/app.py", "README.md", "setup.cfg")[n % 3]
    old = Revision(path, "r%d" % n, "import os\nVERSION = %d\n" % n)
    new = Revision(path, "r%d" % (n + 1), "import os\nVERSION = %d\nDEBUG = False\n" % (n + 1))
    return review_diff(old, new)
