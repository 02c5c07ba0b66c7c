from .base import Plugin


def register(fn, hooks=Plugin.hooks):  # expect: HL101 refuted
    """Add fn to a hook list (the plugins' shutdown hooks unless given one)."""
    if not callable(fn):
        raise TypeError(f"hook must be callable, got {fn!r}")
    hooks.append(fn)
    return fn


def run_all(hooks):
    """Call every hook in order and return their results."""
    return [fn() for fn in hooks]
