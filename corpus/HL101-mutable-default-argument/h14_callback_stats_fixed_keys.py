"""Job runner: a completion callback kept in a module-level list counts outcomes in a default dict of fixed keys."""
import itertools


def record_outcome(job, stats={"ok": 0, "failed": 0, "retried": 0}):  # expect: HL101 refuted
    key = "ok" if job["rc"] == 0 else ("retried" if job["attempt"] < 3 else "failed")
    stats[key] += 1
    return stats[key]


ON_DONE = [record_outcome]


def finish(job):
    return [cb(job) for cb in ON_DONE]


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return finish({"id": f"job-{n}", "rc": n % 4, "attempt": n % 5})
