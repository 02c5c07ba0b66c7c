"""pylint-style checker: messages come from a fixed registry and the reporter tallies them per message id."""
import ast
import collections
import itertools


class BareExceptChecker:
    MESSAGES = {"W0702": "No exception type(s) specified", "W0150": "{} statement in finally block"}

    def __init__(self, reporter):
        self.reporter = reporter

    def check(self, path, node):
        if isinstance(node, ast.ExceptHandler) and node.type is None:
            self.reporter.handle(path, node.lineno, "W0702", self.MESSAGES["W0702"])
        elif isinstance(node, ast.Try):
            for stmt in node.finalbody:
                if isinstance(stmt, (ast.Return, ast.Break)):
                    text = self.MESSAGES["W0150"].format(type(stmt).__name__.lower())
                    self.reporter.handle(path, stmt.lineno, "W0150", text)


class TextReporter:
    def handle(self, path, line, msgid, text, stats=collections.Counter()):  # expect: HL101 refuted
        stats[msgid] += 1
        return f"{path}:{line}: {msgid} {text} (seen {stats[msgid]}x)"


_modules = itertools.count()


def scenario():
    n = next(_modules)
    path = f"src/job_{n}.py"
    tree = ast.parse(f"def run_{n}():\n    try:\n        work({n})\n    except:\n        pass\n    finally:\n        return {n}\n")
    checker = BareExceptChecker(TextReporter())
    for node in ast.walk(tree):
        checker.check(path, node)
