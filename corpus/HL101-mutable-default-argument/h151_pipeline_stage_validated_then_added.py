"""Image pipeline: `Pipeline.add_stage()` validates a stage and appends it
to the stage list the constructor defaulted; `validate()` is abstract in the
base and `StrictPipeline` implements it by rejecting unnamed stages. Every
stage here has a name, so validation passes and each one is appended to
the shared default list."""
import itertools

_jobs = itertools.count()


class Pipeline:
    def __init__(self, stages=[]):  # expect: HL101 confirmed
        self.stages = stages

    def validate(self, stage):
        raise NotImplementedError

    def add_stage(self, stage):
        self.validate(stage)
        self.stages.append(stage)
        return self


class StrictPipeline(Pipeline):
    def validate(self, stage):
        if not stage.get("name"):
            raise ValueError(f"unnamed stage: {stage!r}")


def scenario():
    n = next(_jobs)
    try:
        StrictPipeline().add_stage({"name": f"resize-{n}", "width": 64 + n % 7})
    except ValueError:
        return False
    return True
