"""Style checker CLI: each checked file is scanned by report.collect_warnings."""
import itertools

from report import collect_warnings

_files = itertools.count()


def scenario():
    n = next(_files)
    lines = ["import os", f"value_{n} = os.environ.get('HOME_{n}', '')", "x = 1"]
    return collect_warnings(f"src/mod_{n}.py", lines)
