"""Pre-commit hook: lint each staged generated file with its own ignores."""
import itertools

from cli import lint_file

_files = itertools.count()


def scenario():
    n = next(_files)
    report = lint_file("flake8", f"src/gen/model_{n}.py", [f"E501:{n}"])
    return report["path"], len(report["ignore"])
