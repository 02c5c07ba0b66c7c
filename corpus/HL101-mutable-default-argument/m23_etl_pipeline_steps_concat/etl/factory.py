from .pipeline import Pipeline


def build_pipeline(source, steps=[]):  # expect: HL101 refuted
    return Pipeline(source, steps)
