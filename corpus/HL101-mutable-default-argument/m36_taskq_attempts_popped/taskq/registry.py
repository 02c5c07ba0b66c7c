"""Task registry: maps dotted task names to the callables that run them."""

REGISTRY = {}


class Retry(Exception):
    """Raised by a task to ask the worker to run it again later."""

    def __init__(self, countdown=0):
        super().__init__("retry in %ss" % countdown)
        self.countdown = countdown


def task(name=None, max_retries=3):
    """Register the decorated function under ``name`` (or its dotted path)."""

    def decorator(fn):
        fn.task_name = name or "%s.%s" % (fn.__module__, fn.__qualname__)
        fn.max_retries = max_retries
        if fn.task_name in REGISTRY:
            raise RuntimeError("duplicate task %r" % fn.task_name)
        REGISTRY[fn.task_name] = fn
        return fn

    return decorator
