"""Job registry: @job(name) makes a function runnable by name from the worker."""

REGISTRY = {}


def job(name):
    def register(fn):
        if name in REGISTRY:
            raise ValueError(f"duplicate job name {name!r}")
        REGISTRY[name] = fn
        fn.job_name = name
        return fn
    return register
