"""Workflow engine: `run_steps()` is a generator that runs a job's steps and
yields (step, result), keeping a trail of finished steps in a default list so
a failure can say what ran before it. `deploy()` stops at the first failed
step, but the trail is cleared in a `finally`, which also runs when the
abandoned generator is closed at its `yield`."""
import itertools

_jobs = itertools.count()


def run_steps(job, steps, trail=[]):  # expect: HL101 refuted
    try:
        for name, action in steps:
            try:
                result = action(job)
            except Exception as exc:
                result = "failed: %s (after %s)" % (exc, trail[-1] if trail else "nothing")
            else:
                trail.append("%s:%s" % (job, name))
            yield name, result
    finally:
        trail.clear()


def deploy(job, steps):
    for name, result in run_steps(job, steps):
        if result.startswith("failed"):
            return name, result
    return None, "ok"


STEPS = [("build", lambda job: "built " + job),
         ("migrate", lambda job: {}["schema-" + job]),
         ("publish", lambda job: "published " + job)]


def scenario():
    return deploy("job-%d" % next(_jobs), STEPS)
