"""ETL pipeline: `run_stage()` deep-copies a default stage spec before
filling in per-run settings. The spec carries a `Metrics` sink whose
__deepcopy__ returns the sink itself (sinks are meant to be shared), so
the deep copy still points at the default's sink and every run's sample
is appended to it."""
import copy
import itertools

_runs = itertools.count()


class Metrics:
    def __init__(self):
        self.samples = []

    def record(self, name, value):
        self.samples.append((name, value))

    def __deepcopy__(self, memo):
        return self


def run_stage(rows, spec={"name": "normalize", "options": {"strip": True}, "metrics": Metrics()}):  # expect: HL101 confirmed
    stage = copy.deepcopy(spec)
    stage["options"]["batch"] = len(rows)
    cleaned = [row.strip() if stage["options"]["strip"] else row for row in rows]
    stage["metrics"].record(f"{stage['name']}:{cleaned[0]}", len(cleaned))
    return cleaned


def scenario():
    n = next(_runs)
    return len(run_stage([f"  order-{n:06d}  ", f" refund-{n % 9} "]))
