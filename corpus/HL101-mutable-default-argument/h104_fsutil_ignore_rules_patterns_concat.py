"""In-memory project scanner: `IgnoreRules` forwards its keyword options to
`build_patterns()`, which folds a project's extra ignore patterns into the
built-in ones. The result is a new list built by concatenation, so the
default list of built-in patterns is only ever read."""
import itertools

_projects = itertools.count()


def build_patterns(extra=(), patterns=[".git", "__pycache__", "*.pyc"]):  # expect: HL101 refuted
    patterns = patterns + [p.strip() for p in extra if p.strip() and p.strip() not in patterns]
    return patterns


class IgnoreRules:
    def __init__(self, root, **options):
        self.root = root
        self.patterns = build_patterns(**options)

    def ignored(self, name):
        for pattern in self.patterns:
            if name == pattern or (pattern.startswith("*") and name.endswith(pattern[1:])):
                return True
        return False

    def visible(self, names):
        return [name for name in names if not self.ignored(name)]


def scenario():
    n = next(_projects)
    rules = IgnoreRules("/srv/proj-%d" % n, extra=["*.log", "dist-%d" % n, " "])
    return rules.visible(["setup.py", "app.log", "dist-%d" % n, ".git", "src"])
