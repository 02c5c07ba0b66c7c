"""In-memory project scanner: `IgnoreRules` forwards its keyword options to
`build_patterns()`, which folds a project's extra ignore patterns into the
built-in ones. It extends the default list in place and returns it, so every
project scanned adds its own patterns to the list all later projects get."""
import itertools

_projects = itertools.count()


def build_patterns(extra=(), patterns=[".git", "__pycache__", "*.pyc"]):  # expect: HL101 confirmed
    patterns.extend(p.strip() for p in extra if p.strip())
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
