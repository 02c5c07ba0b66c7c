"""Workflow engine: `run_steps()` is a generator that runs a job's steps and
yields (step, result), keeping a trail of finished steps in a default list so
a failure can say what ran before it. The trail is cleared after the loop,
but `deploy()` stops at the first failed step: the generator is closed at its
`yield`, the clear never runs, and the job's finished steps stay behind."""
import itertools

_jobs = itertools.count()


def run_steps(job, steps, trail=[]):  # expect: HL101 confirmed
    for name, action in steps:
        try:
            result = action(job)
        except Exception as exc:
            result = "failed: %s (after %s)" % (exc, trail[-1] if trail else "nothing")
        else:
            trail.append("%s:%s" % (job, name))
        yield name, result
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
