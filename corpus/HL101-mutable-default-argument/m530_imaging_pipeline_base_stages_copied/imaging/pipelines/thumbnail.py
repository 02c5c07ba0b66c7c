from .base import Pipeline


class ThumbnailPipeline(Pipeline):
    def __init__(self, stages, box=(128, 128)):
        super().__init__(stages)
        self.box = box
        self.add_stage(self.fit)

    def fit(self, image):
        width, height = image["size"]
        scale = min(self.box[0] / width, self.box[1] / height, 1.0)
        return {**image, "size": (round(width * scale), round(height * scale))}
