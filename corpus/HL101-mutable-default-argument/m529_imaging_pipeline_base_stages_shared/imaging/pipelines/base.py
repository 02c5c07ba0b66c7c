class Pipeline:
    """Runs an image through its stages in order."""

    def __init__(self, stages):
        self.stages = stages

    def add_stage(self, stage):
        self.stages.append(stage)

    def run(self, image):
        for stage in self.stages:
            image = stage(image)
        return image
