from .pipelines import PIPELINES


def build_pipeline(kind, stages=[]):  # expect: HL101 confirmed
    """Make a pipeline of the given kind; `stages` run before its own stages."""
    return PIPELINES[kind](stages)
