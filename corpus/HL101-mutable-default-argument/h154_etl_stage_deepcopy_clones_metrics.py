"""ETL pipeline: `run_stage()` deep-copies a default stage spec before
filling in per-run settings. The spec carries a plain `Metrics` sink with
no __deepcopy__ of its own, so deepcopy clones it with its `samples` list
and every run records into its own copy; the default sink stays empty."""
import copy
import itertools

_runs = itertools.count()


class Metrics:
    def __init__(self):
        self.samples = []

    def record(self, name, value):
        self.samples.append((name, value))


def run_stage(rows, spec={"name": "normalize", "options": {"strip": True}, "metrics": Metrics()}):  # expect: HL101 refuted
    stage = copy.deepcopy(spec)
    stage["options"]["batch"] = len(rows)
    cleaned = [row.strip() if stage["options"]["strip"] else row for row in rows]
    stage["metrics"].record(f"{stage['name']}:{cleaned[0]}", len(cleaned))
    return cleaned


def scenario():
    n = next(_runs)
    return len(run_stage([f"  order-{n:06d}  ", f" refund-{n % 9} "]))
