"""CI runner: step_env() returns the environment for a build step (the
shared base, unless the step has overrides); run_step() copies it, exports
where the step's artifact goes and serialises it for the job summary."""
import itertools
import json

_builds = itertools.count()


def step_env(step, overrides=None, base={"LANG": "C.UTF-8", "CI": "true"}):  # expect: HL101 refuted
    if overrides:
        return {**base, **overrides}
    return base


def run_step(step, build):
    env = dict(step_env(step))
    env[f"ARTIFACT_{step.upper()}"] = f"/builds/{build}/{step}.tar"
    return json.dumps(env, sort_keys=True)


def scenario():
    n = next(_builds)
    return run_step(f"shard{n}", n)
