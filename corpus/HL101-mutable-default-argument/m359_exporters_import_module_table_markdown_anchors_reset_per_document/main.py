"""Report service: each call exports one fresh project report in every format."""
import itertools

import exporters

_ids = itertools.count()


def scenario():
    n = next(_ids)
    rows = [
        {"name": f"Milestone {n}.{i}", "owner": f"team-{i}", "done": (n + i) % 3 == 0}
        for i in range(3)
    ]
    outputs = {fmt: exporters.export(fmt, f"Project {n}", rows) for fmt in exporters.FORMATS}
    return sum(len(text) for text in outputs.values())
