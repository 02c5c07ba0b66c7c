from .pipeline import Pipeline


def build_pipeline(source, steps=[]):  # expect: HL101 confirmed
    return Pipeline(source, steps)
