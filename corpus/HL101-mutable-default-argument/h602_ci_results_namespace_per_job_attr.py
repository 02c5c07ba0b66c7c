"""CI runner: each pipeline step publishes its result on a namespace the report template reads."""
import itertools
import types

STEPS = ("checkout", "build", "test")


def publish_result(job_id, step, status, seconds, results=types.SimpleNamespace()):  # expect: HL101 confirmed
    key = f"{step}_{job_id}"
    setattr(results, key, {"status": status, "seconds": round(seconds, 2)})
    return results


def run_pipeline(job_id):
    failed = []
    for i, step in enumerate(STEPS):
        status = "failed" if (job_id + i) % 11 == 0 else "passed"
        ns = publish_result(job_id, step, status, 1.5 * i + job_id % 5)
        if getattr(ns, f"{step}_{job_id}")["status"] == "failed":
            failed.append(step)
    return failed


_jobs = itertools.count(1)


def scenario():
    return run_pipeline(next(_jobs))
