"""Upload hooks: plugins register callables that run after each upload is stored."""

MAX_SIZE = 25 * 1024 * 1024


def _check_size(upload):
    return "ok" if upload["size"] <= MAX_SIZE else "too-large"


def register(fn, registry=[]):  # expect: HL101 confirmed
    """Add an upload hook; returns the hook list so callers can run it."""
    registry.append(fn)
    return registry


HOOKS = register(_check_size)


def run_hooks(upload):
    return [result for result in (hook(upload) for hook in HOOKS) if result is not None]
