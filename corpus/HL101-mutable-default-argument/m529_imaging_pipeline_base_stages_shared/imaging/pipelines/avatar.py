from .base import Pipeline


class AvatarPipeline(Pipeline):
    def __init__(self, stages):
        super().__init__(stages)
        self.add_stage(self.square)

    def square(self, image):
        side = min(image["size"])
        return {**image, "size": (side, side)}
