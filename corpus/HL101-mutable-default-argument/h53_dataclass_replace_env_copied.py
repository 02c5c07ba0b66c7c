"""Job spec templating for a task queue: clone a template per submitted job."""
import dataclasses
import itertools

_ids = itertools.count()


@dataclasses.dataclass
class JobSpec:
    name: str = "job"
    queue: str = "default"
    retries: int = 3
    env: dict = dataclasses.field(default_factory=dict)


def make_job(name, env_overrides, template=JobSpec(queue="batch", retries=5)):  # expect: HL101 refuted
    spec = dataclasses.replace(template, name=name, env=dict(template.env))
    for key, value in env_overrides.items():
        if value is None:
            continue
        spec.env[key.upper()] = str(value)
    return spec


def submit(queue_log, name, **env):
    spec = make_job(name, env)
    queue_log.append((spec.queue, spec.name, len(spec.env)))
    return spec


def scenario():
    n = next(_ids)
    log = []
    submit(log, "sync-%d" % n, **{"run_%d_token" % n: n, "dry_run": None})
    return log
