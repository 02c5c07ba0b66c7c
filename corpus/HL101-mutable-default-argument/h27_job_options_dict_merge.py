"""Config merger for an INI-style job runner: each [job:NAME] section's keys are namespaced and laid over the global defaults."""
import itertools


def job_options(name, defaults={"job.retries": "3", "job.timeout": "30"}, **section):  # expect: HL101 refuted
    if not name.isidentifier():
        raise ValueError(f"bad job name {name!r}")
    scoped = {f"{name}.{key}": value.strip() for key, value in section.items()}
    opts = dict(defaults, **scoped)
    timeout = int(opts.get(f"{name}.timeout", opts["job.timeout"]))
    retries = int(opts.get(f"{name}.retries", opts["job.retries"]))
    return opts, timeout, retries


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return job_options(f"nightly_{n}", timeout="120 ", command=f"backup --set {n}")
