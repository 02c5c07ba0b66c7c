"""registry: the ordered list of pipeline stages; stage modules add theirs on import."""

__all__ = ["stage", "pipeline"]


def stage(fn, _stages=[]):  # expect: HL101 refuted
    """Decorator: append `fn` to the pipeline and return it unchanged."""
    _stages.append(fn)
    return fn


def pipeline():
    """The registered stages, in registration order (the live list)."""
    return stage.__defaults__[0]
