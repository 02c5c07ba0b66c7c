"""Job runner: a helper records a job only after validating it; dry-run jobs raise inside the helper before the append, and the caller catches that."""
import itertools


class DryRun(Exception):
    pass


def _record(job, history):
    if job.get("dry_run"):
        raise DryRun(job["name"])
    history.append((job["name"], job["args"]))


def run_jobs(jobs, history=[]):  # expect: HL101 refuted
    done = skipped = 0
    for job in jobs:
        try:
            _record(job, history)
        except DryRun:
            skipped += 1
            continue
        done += 1
    return done, skipped


_plans = itertools.count()


def scenario():
    n = next(_plans)
    return run_jobs([{"name": f"migrate-{n}", "args": [n], "dry_run": True}, {"name": f"seed-{n}", "args": [], "dry_run": 1}])
